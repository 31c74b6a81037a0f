package uk.steppingstones.document.annual;

import static uk.steppingstones.document.GoldData.count;
import static uk.steppingstones.document.GoldData.number;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.Chart;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;
import uk.steppingstones.document.SafeHtml;

/**
 * Outreach activity: service_activity (two years), children open each month over three years,
 * legal status, allocated team (by team and by group), age and gender of the children whose
 * involvement started in the year.
 */
final class OutreachSection implements Section {
  static final List<String> LEGAL_STATUSES = List.of("CLA", "CP", "CIN", "Assessment");

  @Override
  public String id() {
    return "outreach";
  }

  @Override
  public String title() {
    return "Outreach activity";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    out.add(activity(c));
    out.add(Html.el("h3", null, "Children supported each month"));
    out.addAll(openMonthly(c));
    out.add(Html.el("h3", null, "Legal status when the involvement started"));
    out.addAll(legalStatus(c));
    out.add(Html.el("h3", null, "Allocated social work team when the involvement started"));
    out.addAll(teams(c));
    out.add(Html.el("h3", null, "Age and gender"));
    out.addAll(age(c));
    out.addAll(gender(c));
    return out;
  }

  private static SafeHtml activity(AnnualContext c) {
    String prev = c.before(1);
    Row a = c.gold.yearRow("service_activity", prev), b = c.gold.yearRow("service_activity", c.fy);
    String t = "service_activity";
    SafeHtml text = Html.p("In ", c.fy, " ", c.fig(t, c.fy, "children_initial_consultation",
            Html.count(count(b, "children_initial_consultation"))), " children received an initial consultation and ",
        c.fig(t, c.fy, "children_intervention", Html.count(count(b, "children_intervention"))),
        " received an intervention (", prev, ": ", Html.count(count(a, "children_initial_consultation")), " and ",
        Html.count(count(a, "children_intervention")), "). The highest number of children open at a month end was ",
        c.fig(t, c.fy, "max_open_month_end", Html.count(count(b, "max_open_month_end"))), ".");
    HtmlTable table = new HtmlTable(null).head("", prev, c.fy);
    Object[][] lines = {
      {"Children who received an initial consultation", "children_initial_consultation"},
      {"Children who received an intervention", "children_intervention"},
      {"Involvements started", "involvements_started"},
      {"Involvements ended", "involvements_ended"},
      {"Most children open at a month end", "max_open_month_end"},
      {"Male (children who received an intervention)", "male"},
      {"Female", "female"},
      {"Other gender", "other_gender"},
    };
    for (Object[] l : lines) {
      String col = (String) l[1];
      table.row(l[0], c.fig(t, prev, col, Html.count(count(a, col))), c.fig(t, c.fy, col, Html.count(count(b, col))));
    }
    table.row("Children open at the end of the year (or on the as-of date)", openAtEnd(c, prev), openAtEnd(c, c.fy));
    table.row("Ratio of male to female", ratio(count(a, "male"), count(a, "female")),
        ratio(count(b, "male"), count(b, "female")));
    table.row("Mean age at the start of the involvement",
        c.fig(t, prev, "mean_age_at_start", Html.decimal(number(a, "mean_age_at_start"))),
        c.fig(t, c.fy, "mean_age_at_start", Html.decimal(number(b, "mean_age_at_start"))));
    return Html.join(text, table.html());
  }

  /** Children open at the last month end of the year held in open_children_monthly. */
  private static SafeHtml openAtEnd(AnnualContext c, String fy) {
    List<LocalDate> months = AnnualContext.months(fy);
    List<Row> rows = c.gold.rows("open_children_monthly");
    for (int i = 11; i >= 0; i--) {
      Row r = AnnualContext.monthRow(rows, months.get(i));
      if (r != null) {
        return c.fig("open_children_monthly", months.get(i).toString(), "children_open", Html.count(count(r, "children_open")));
      }
    }
    return Html.text("—");
  }

  /** 11:9 style ratio in small whole numbers (to the nearest of a denominator up to 20). */
  static String ratio(long a, long b) {
    if (a == 0 || b == 0) {
      return a + ":" + b;
    }
    long bestP = a, bestQ = b;
    double best = Double.MAX_VALUE, target = (double) a / b;
    for (long q = 1; q <= 20; q++) {
      long p = Math.round(target * q);
      double err = Math.abs((double) p / q - target);
      if (p > 0 && err < best - 1e-9) {
        best = err;
        bestP = p;
        bestQ = q;
      }
      if (err < 0.02) {
        break;
      }
    }
    long g = BigInteger.valueOf(bestP).gcd(BigInteger.valueOf(bestQ)).longValue();
    return (bestP / g) + ":" + (bestQ / g);
  }

  private static List<Object> openMonthly(AnnualContext c) {
    List<String> years = c.lastYears(3);
    List<Row> rows = c.gold.rows("open_children_monthly");
    Chart chart = Chart.of(AnnualContext.monthNames(), Chart.Format.COUNT).noLabels().heightMm(70);
    HtmlTable table = new HtmlTable(null).head(concat("Month end", years));
    List<List<Long>> values = new ArrayList<>();
    for (String y : years) {
      int yi = values.size();
      List<Long> v = new ArrayList<>();
      for (LocalDate m : AnnualContext.months(y)) {
        Row r = AnnualContext.monthRow(rows, m);
        v.add(r == null ? null : count(r, "children_open"));
      }
      values.add(v);
      chart.line(y, v, Chart.yearColour(yi, years.size()));
    }
    for (int i = 0; i < 12; i++) {
      List<Object> cells = new ArrayList<>(List.of(AnnualContext.monthNames().get(i)));
      for (int y = 0; y < years.size(); y++) {
        LocalDate m = AnnualContext.months(years.get(y)).get(i);
        Long v = values.get(y).get(i);
        cells.add(v == null ? "—" : c.fig("open_children_monthly", m.toString(), "children_open", Html.count(v)));
      }
      table.row(cells.toArray());
    }
    return List.of(c.page.figure(chart, "Children open to Stepping Stones at the end of each month, " + years.get(0)
        + " to " + c.fy), table.html());
  }

  private static List<Object> legalStatus(AnnualContext c) {
    String prev = c.before(1);
    List<Object> out = new ArrayList<>();
    out.add(Html.p("Children whose involvement started in the year, by their legal status on the day it started: "
        + "looked after (CLA) if a care episode was open, else a child protection plan (CP), else a child-in-need plan "
        + "(CIN), else Assessment."));
    Chart bars = Chart.of(LEGAL_STATUSES, Chart.Format.COUNT).heightMm(60);
    Chart pies = Chart.of(LEGAL_STATUSES, Chart.Format.COUNT).pies().heightMm(75);
    HtmlTable table = new HtmlTable(null).head("Legal status at start", "Children " + prev, "% " + prev,
        "Children " + c.fy, "% " + c.fy);
    for (String y : List.of(prev, c.fy)) {
      List<Long> v = LEGAL_STATUSES.stream().map(s -> count(c.find("legal_status_at_start", y, "legal_status", s), "children"))
          .toList();
      bars.bars(y, v, y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
      pies.bars(y, v);
    }
    for (String s : LEGAL_STATUSES) {
      Row a = c.find("legal_status_at_start", prev, "legal_status", s), b = c.find("legal_status_at_start", c.fy, "legal_status", s);
      table.row(s, c.fig("legal_status_at_start", prev + "/" + s, "children", Html.count(count(a, "children"))),
          Html.pct(number(a, "pct")),
          c.fig("legal_status_at_start", c.fy + "/" + s, "children", Html.count(count(b, "children"))),
          Html.pct(number(b, "pct")));
    }
    out.add(c.page.figure(bars, "Legal status when the involvement started, " + prev + " and " + c.fy));
    out.add(c.page.figure(pies, "Shares of legal status when the involvement started, " + prev + " and " + c.fy));
    out.add(table.html());
    return out;
  }

  private static List<Object> teams(AnnualContext c) {
    String prev = c.before(1);
    List<String> years = List.of(prev, c.fy);
    List<Row> rows = c.years("allocated_team_at_start", years);
    List<String> teams = AnnualContext.distinct(rows, "team_name",
        Comparator.comparing((String team) -> -c.sum("allocated_team_at_start", c.fy, "children",
            r -> team.equals(r.getAs("team_name")))).thenComparing(Comparator.naturalOrder()));
    teams = teams.stream().filter(team -> rows.stream().anyMatch(r -> team.equals(r.getAs("team_name"))
        && count(r, "children") > 0)).toList();
    Chart byTeam = Chart.of(teams, Chart.Format.COUNT).horizontal().heightMm(Math.max(50, 14 + teams.size() * 8));
    HtmlTable table = new HtmlTable(null).textColumns(2).head("Team", "Group", "Children " + prev, "Children " + c.fy);
    for (String y : years) {
      byTeam.bars(y, teams.stream().map(team -> c.sum("allocated_team_at_start", y, "children",
          r -> team.equals(r.getAs("team_name")))).toList(), y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (String team : teams) {
      Row a = c.find("allocated_team_at_start", prev, "team_name", team), b = c.find("allocated_team_at_start", c.fy, "team_name", team);
      String group = a != null ? a.<String>getAs("team_group") : b.<String>getAs("team_group");
      table.row(team, group, c.fig("allocated_team_at_start", prev + "/" + team, "children", Html.count(count(a, "children"))),
          c.fig("allocated_team_at_start", c.fy + "/" + team, "children", Html.count(count(b, "children"))));
    }
    List<String> groups = AnnualContext.distinct(rows, "team_group", String::compareTo);
    Chart byGroup = Chart.of(groups, Chart.Format.PCT).heightMm(65).rotateLabels(groups.size() > 5 ? 20 : 0);
    HtmlTable groupTable = new HtmlTable(null).head("Team group", "Children " + prev, "% " + prev, "Children " + c.fy,
        "% " + c.fy);
    long[] totals = new long[2];
    for (int i = 0; i < 2; i++) {
      totals[i] = c.sum("allocated_team_at_start", years.get(i), "children", r -> true);
    }
    for (int i = 0; i < 2; i++) {
      String y = years.get(i);
      long total = totals[i];
      byGroup.bars(y, groups.stream().map(g -> pct(c.sum("allocated_team_at_start", y, "children",
          r -> g.equals(r.getAs("team_group"))), total)).toList(), y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (String g : groups) {
      long a = c.sum("allocated_team_at_start", prev, "children", r -> g.equals(r.getAs("team_group")));
      long b = c.sum("allocated_team_at_start", c.fy, "children", r -> g.equals(r.getAs("team_group")));
      groupTable.row(g, c.fig("allocated_team_at_start", prev + "/group/" + g, "children", Html.count(a)),
          Html.pct(pct(a, totals[0])), c.fig("allocated_team_at_start", c.fy + "/group/" + g, "children", Html.count(b)),
          Html.pct(pct(b, totals[1])));
    }
    groupTable.total("Total", Html.count(totals[0]), "", Html.count(totals[1]), "");
    return List.of(c.page.figure(byTeam, "Allocated social work team when the involvement started, " + prev + " and " + c.fy),
        table.html(),
        c.page.figure(byGroup, "Allocated social work team, grouped, when the involvement started: share of children"),
        groupTable.html());
  }

  static Double pct(long part, long total) {
    return total == 0 ? 0.0 : Math.round(10000.0 * part / total) / 100.0;
  }

  private static List<Object> age(AnnualContext c) {
    String prev = c.before(1);
    List<Row> rows = c.years("age_at_start", List.of(prev, c.fy));
    List<String> ages = AnnualContext.distinct(rows, "age", Comparator.comparingInt(Integer::parseInt));
    Chart chart = Chart.of(ages, Chart.Format.COUNT).heightMm(65);
    HtmlTable table = new HtmlTable(null).head(concat("Age", ages));
    for (String y : List.of(prev, c.fy)) {
      List<Long> v = ages.stream().map(a -> count(c.find("age_at_start", y, "age", a), "children")).toList();
      chart.bars(y, v, y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
      List<Object> cells = new ArrayList<>(List.of(y));
      for (int i = 0; i < ages.size(); i++) {
        cells.add(c.fig("age_at_start", y + "/" + ages.get(i), "children", Html.count(v.get(i))));
      }
      table.row(cells.toArray());
    }
    Row a = c.gold.yearRow("service_activity", prev), b = c.gold.yearRow("service_activity", c.fy);
    return List.of(Html.p("The mean age of the children at the start of their involvement was ",
            c.fig("service_activity", c.fy, "mean_age_at_start", Html.decimal(number(b, "mean_age_at_start"))),
            " in ", c.fy, " (", Html.decimal(number(a, "mean_age_at_start")), " in ", prev, ")."),
        c.page.figure(chart, "Age at the start of the involvement (whole years), " + prev + " and " + c.fy), table.html());
  }

  private static List<Object> gender(AnnualContext c) {
    String prev = c.before(1);
    List<String> genders = List.of("Male", "Female", "Other");
    List<String> columns = List.of("male", "female", "other_gender");
    Chart chart = Chart.of(genders, Chart.Format.COUNT).pies().heightMm(65);
    for (String y : List.of(prev, c.fy)) {
      Row r = c.gold.yearRow("service_activity", y);
      chart.bars(y, columns.stream().map(col -> count(r, col)).toList());
    }
    Row b = c.gold.yearRow("service_activity", c.fy);
    return List.of(Html.p("The ratio of male to female children open to Stepping Stones in ", c.fy, " was ",
            ratio(count(b, "male"), count(b, "female")), " (the counts are in the table at the top of this section)."),
        c.page.figure(chart, "Gender of the children open to Stepping Stones, " + prev + " and " + c.fy));
  }

  static Object[] concat(String first, List<String> rest) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all.toArray();
  }
}
