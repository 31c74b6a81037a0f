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

/**
 * Children looked after and PLO: working with Stepping Stones on entering care and on stepping
 * down, how long those stepping down had been looked after, avoided children who later became
 * looked after, and the overlap with the Public Law Outline.
 */
final class ClaPloSection implements Section {
  static final List<String> DURATION_BANDS = List.of("<6 months", "6-12 months", "1-2 years", "2-4 years", "4+ years");

  @Override
  public String id() {
    return "cla-plo";
  }

  @Override
  public String title() {
    return "Children looked after and PLO";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    List<String> years = c.lastYears(3);
    out.add(Html.el("h3", null, "Becoming looked after"));
    out.addAll(share(c, years, "cla_entry_with_ss", "children_became_cla", "Became looked after",
        "Percentage working with Stepping Stones when they became looked after"));
    out.add(Html.el("h3", null, "Ceasing to be looked after, or placed with parents (P1)"));
    out.add(Html.p("Children who ceased to be looked after or moved to a placed-with-parents (P1) placement, "
        + "excluding those within a month of their 18th birthday."));
    out.addAll(share(c, years, "cla_step_down", "children_stepped_down", "Stepped down",
        "Percentage working with Stepping Stones when they ceased being looked after or moved to P1"));
    out.addAll(durations(c, years));
    out.add(avoidance(c));
    List<Object> plo = new ArrayList<>(List.of(Html.el("h3", null, "Public Law Outline (PLO)")));
    plo.addAll(plo(c));
    out.add(Html.el("div", "keep", plo.toArray()));
    return out;
  }

  private static List<Object> share(AnnualContext c, List<String> years, String table, String total, String totalLabel,
      String caption) {
    Chart chart = Chart.of(years, Chart.Format.PCT).heightMm(55);
    chart.bars("% with Stepping Stones", years.stream().map(y -> {
      Double p = number(c.gold.yearRow(table, y), "pct");
      return p == null ? 0.0 : p;
    }).toList(), "#1d4e89");
    HtmlTable t = new HtmlTable(null).head("Financial year", totalLabel, "Working with Stepping Stones", "%");
    for (String y : years) {
      Row r = c.gold.yearRow(table, y);
      t.row(y, c.fig(table, y, total, Html.count(count(r, total))), c.fig(table, y, "with_ss", Html.count(count(r, "with_ss"))),
          c.fig(table, y, "pct", Html.pct(number(r, "pct"))));
    }
    return List.of(c.page.figure(chart, caption + ", " + years.get(0) + " to " + years.get(years.size() - 1)), t.html());
  }

  private static List<Object> durations(AnnualContext c, List<String> years) {
    List<String> bands = new ArrayList<>(DURATION_BANDS);
    AnnualContext.distinct(c.years("cla_step_down_duration", years), "duration_band").stream()
        .filter(b -> !bands.contains(b)).forEach(bands::add);
    Chart byYear = Chart.of(bands, Chart.Format.COUNT).heightMm(60);
    HtmlTable t = new HtmlTable("Children stepping down by time looked after").head(OutreachSection.concat("Time looked after", years));
    for (String y : years) {
      byYear.bars(y, bands.stream().map(b -> band(c, y, b, null)).toList(), Chart.yearColour(years.indexOf(y), years.size()));
    }
    for (String b : bands) {
      List<Object> cells = new ArrayList<>(List.of(b));
      years.forEach(y -> cells.add(c.fig("cla_step_down_duration", y + "/" + b, "children", Html.count(band(c, y, b, null)))));
      t.row(cells.toArray());
    }
    Chart split = Chart.of(bands, Chart.Format.COUNT).stacked().heightMm(60)
        .bars("With Stepping Stones", bands.stream().map(b -> band(c, c.fy, b, true)).toList(), "#1d4e89")
        .bars("Without", bands.stream().map(b -> band(c, c.fy, b, false)).toList(), "#a6cbe8");
    HtmlTable s = new HtmlTable(c.fy + ": with and without Stepping Stones").head("Time looked after",
        "With Stepping Stones", "Without", "Total");
    for (String b : bands) {
      String id = c.fy + "/" + b;
      s.row(b, c.fig("cla_step_down_duration", id + "/true", "children", Html.count(band(c, c.fy, b, true))),
          c.fig("cla_step_down_duration", id + "/false", "children", Html.count(band(c, c.fy, b, false))),
          Html.count(band(c, c.fy, b, null)));
    }
    return List.of(c.page.figure(byYear, "How long children had been looked after when they ceased being looked after "
            + "or moved to P1, " + years.get(0) + " to " + c.fy), t.html(),
        c.page.figure(split, "Time looked after at the step down in " + c.fy + ", with and without Stepping Stones"),
        s.html());
  }

  /** Children in a band of a year; {@code withSs} null for both. */
  private static long band(AnnualContext c, String year, String band, Boolean withSs) {
    return c.sum("cla_step_down_duration", year, "children", r -> band.equals(r.getAs("duration_band"))
        && (withSs == null || withSs.equals(r.getAs("with_ss"))));
  }

  private static Object avoidance(AnnualContext c) {
    HtmlTable t = new HtmlTable(null).head("Financial year of the avoidance", "Children avoided",
        "Later looked after", "Families", "Average days from avoidance form to care");
    for (Row r : c.gold.rows("avoidance_step_up").stream()
        .sorted(Comparator.comparing((Row r) -> r.<String>getAs("financial_year"))).toList()) {
      String y = r.getAs("financial_year");
      if (y.compareTo(c.fy) > 0) {
        continue;
      }
      t.row(y, c.fig("avoidance_step_up", y, "children_avoided", Html.count(count(r, "children_avoided"))),
          c.fig("avoidance_step_up", y, "children_stepped_up", Html.count(count(r, "children_stepped_up"))),
          c.fig("avoidance_step_up", y, "families_stepped_up", Html.count(count(r, "families_stepped_up"))),
          c.fig("avoidance_step_up", y, "avg_days_to_cla", Html.days(number(r, "avg_days_to_cla"))));
    }
    return Html.el("div", "keep", Html.el("h3", null, "Avoided children who later became looked after"),
        Html.p("Children of each year's avoidance forms who became looked after later (up to the as-of date), and "
            + "how long after the form their care began."), t.html());
  }

  private static List<Object> plo(AnnualContext c) {
    String prev = c.before(1);
    List<Object> out = new ArrayList<>();
    HtmlTable t = new HtmlTable(null).head("", prev, c.fy);
    Row a = c.gold.yearRow("plo_overlap", prev), b = c.gold.yearRow("plo_overlap", c.fy);
    t.row("Children who started PLO", c.fig("plo_overlap", prev, "children_started_plo", Html.count(count(a, "children_started_plo"))),
        c.fig("plo_overlap", c.fy, "children_started_plo", Html.count(count(b, "children_started_plo"))));
    t.row("Involved with Stepping Stones before PLO started",
        Html.join(c.fig("plo_overlap", prev, "involved_before", Html.count(count(a, "involved_before"))), " (",
            Html.pct(number(a, "pct_involved_before")), ")"),
        Html.join(c.fig("plo_overlap", c.fy, "involved_before", Html.count(count(b, "involved_before"))), " (",
            Html.pct(number(b, "pct_involved_before")), ")"));
    t.row("Opened to Stepping Stones for the first time during PLO",
        Html.join(c.fig("plo_overlap", prev, "first_opened_during", Html.count(count(a, "first_opened_during"))), " (",
            Html.pct(number(a, "pct_first_opened_during")), ")"),
        Html.join(c.fig("plo_overlap", c.fy, "first_opened_during", Html.count(count(b, "first_opened_during"))), " (",
            Html.pct(number(b, "pct_first_opened_during")), ")"));
    out.add(Html.p("In ", c.fy, " ", c.fig("plo_overlap", c.fy, "children_started_plo",
            Html.count(count(b, "children_started_plo"))), " children started PLO; ",
        c.fig("plo_overlap", c.fy, "involved_before", Html.count(count(b, "involved_before"))), " (",
        Html.pct(number(b, "pct_involved_before")), ") had been involved with Stepping Stones before, and ",
        c.fig("plo_overlap", c.fy, "first_opened_during", Html.count(count(b, "first_opened_during"))), " (",
        Html.pct(number(b, "pct_first_opened_during")), ") opened to it for the first time while in PLO."));
    out.add(t.html());
    return out;
  }
}
