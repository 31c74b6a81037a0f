package uk.steppingstones.document.annual;

import static uk.steppingstones.document.GoldData.count;
import static uk.steppingstones.document.GoldData.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.Chart;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;

/** Involvement length: involvements ended by length band (three years) and the year-on-year statistics. */
final class InvolvementLengthSection implements Section {
  @Override
  public String id() {
    return "involvement-length";
  }

  @Override
  public String title() {
    return "Involvement length";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    List<String> years = c.lastYears(3);
    List<String> bands = AnnualContext.distinct(c.years("involvement_duration_bands", years), "band",
        Comparator.comparingInt(InvolvementLengthSection::lowerBound));
    Chart chart = Chart.of(bands.stream().map(b -> b + " days").toList(), Chart.Format.COUNT).heightMm(65);
    HtmlTable table = new HtmlTable(null).head(OutreachSection.concat("Length (days)", years));
    for (String y : years) {
      chart.bars(y, bands.stream().map(b -> count(c.find("involvement_duration_bands", y, "band", b), "involvements"))
          .toList(), Chart.yearColour(years.indexOf(y), years.size()));
    }
    for (String b : bands) {
      List<Object> cells = new ArrayList<>(List.of(b));
      for (String y : years) {
        cells.add(c.fig("involvement_duration_bands", y + "/" + b, "involvements",
            Html.count(count(c.find("involvement_duration_bands", y, "band", b), "involvements"))));
      }
      table.row(cells.toArray());
    }
    Row now = c.gold.yearRow("involvement_duration_summary", c.fy), before = c.gold.yearRow("involvement_duration_summary", c.before(1));
    out.add(Html.p("Involvements ending in ", c.fy, " lasted ",
        c.fig("involvement_duration_summary", c.fy, "mean_days", Html.days(number(now, "mean_days"))), " on average (",
        c.fig("involvement_duration_summary", c.fy, "trimmed_mean_days", Html.days(number(now, "trimmed_mean_days"))),
        " limiting the range to the 5%-95% percentiles), against ", Html.days(number(before, "mean_days")), " in ",
        c.before(1), "."));
    out.add(c.page.figure(chart, "Length of the involvements that ended in the year, " + years.get(0) + " to " + c.fy));
    out.add(table.html());
    HtmlTable stats = new HtmlTable("Length in days of the involvements ending in each year").head("Financial year",
        "Ended", "Mean", "Mean 5%-95%", "5th pct", "25th pct", "Median", "75th pct", "95th pct");
    for (Row r : c.gold.rows("involvement_duration_summary").stream()
        .sorted(Comparator.comparing((Row r) -> r.<String>getAs("financial_year"))).toList()) {
      String y = r.getAs("financial_year");
      if (y.compareTo(c.fy) > 0) {
        continue;
      }
      List<Object> cells = new ArrayList<>(List.of(y, c.fig("involvement_duration_summary", y, "involvements",
          Html.count(count(r, "involvements")))));
      for (String col : List.of("mean_days", "trimmed_mean_days", "p5", "p25", "median", "p75", "p95")) {
        cells.add(c.fig("involvement_duration_summary", y, col, Html.decimal(number(r, col))));
      }
      stats.row(cells.toArray());
    }
    out.add(stats.html());
    return out;
  }

  /** 0 for "0-89", 365 for "365+"; unknown shapes last. */
  static int lowerBound(String band) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(band);
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }
}
