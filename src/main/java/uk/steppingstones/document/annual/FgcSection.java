package uk.steppingstones.document.annual;

import static uk.steppingstones.document.GoldData.count;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.Chart;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;

/**
 * Family group conferences: referrals each month and each year, the referring teams, the
 * children's status at referral, and the meetings held.
 */
final class FgcSection implements Section {
  static final List<String> STATUSES = List.of("CLA", "CPP", "CIN", "Other");

  @Override
  public String id() {
    return "fgc";
  }

  @Override
  public String title() {
    return "Family group conferences";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    String prev = c.before(1);
    Row a = c.gold.yearRow("fgc_referrals_yearly", prev), b = c.gold.yearRow("fgc_referrals_yearly", c.fy);
    out.add(Html.el("h3", null, "Referrals"));
    out.add(Html.p(c.fig("fgc_referrals_yearly", c.fy, "children_referred", Html.count(count(b, "children_referred"))),
        " children were referred at least once in ", c.fy, " (", c.fig("fgc_referrals_yearly", c.fy, "referrals",
            Html.count(count(b, "referrals"))), " referrals), and ",
        c.fig("fgc_referrals_yearly", prev, "children_referred", Html.count(count(a, "children_referred"))), " in ", prev, "."));

    List<Row> monthly = c.gold.rows("fgc_referrals_monthly");
    Chart chart = Chart.of(AnnualContext.monthNames(), Chart.Format.COUNT).heightMm(65);
    HtmlTable table = new HtmlTable(null).head("Month", "Referrals " + prev, "Children " + prev, "Referrals " + c.fy,
        "Children " + c.fy);
    for (String y : List.of(prev, c.fy)) {
      chart.bars(y, AnnualContext.months(y).stream().map(m -> count(AnnualContext.monthRow(monthly, m), "referrals")).toList(),
          y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (int i = 0; i < 12; i++) {
      List<Object> cells = new ArrayList<>(List.of(AnnualContext.monthNames().get(i)));
      for (String y : List.of(prev, c.fy)) {
        LocalDate m = AnnualContext.months(y).get(i);
        Row r = AnnualContext.monthRow(monthly, m);
        cells.add(c.fig("fgc_referrals_monthly", m.toString(), "referrals", Html.count(count(r, "referrals"))));
        cells.add(c.fig("fgc_referrals_monthly", m.toString(), "children_referred", Html.count(count(r, "children_referred"))));
      }
      table.row(cells.toArray());
    }
    table.total("Year", Html.count(count(a, "referrals")), Html.count(count(a, "children_referred")),
        Html.count(count(b, "referrals")), Html.count(count(b, "children_referred")));
    out.add(c.page.figure(chart, "FGC referrals each month, " + prev + " and " + c.fy));
    out.add(table.html());

    HtmlTable yearly = new HtmlTable("Every year").head("Financial year", "Referrals", "Children referred");
    for (Row r : c.gold.rows("fgc_referrals_yearly").stream()
        .sorted(Comparator.comparing((Row r) -> r.<String>getAs("financial_year"))).toList()) {
      String y = r.getAs("financial_year");
      if (y.compareTo(c.fy) <= 0) {
        yearly.row(y, c.fig("fgc_referrals_yearly", y, "referrals", Html.count(count(r, "referrals"))),
            c.fig("fgc_referrals_yearly", y, "children_referred", Html.count(count(r, "children_referred"))));
      }
    }
    out.add(yearly.html());

    out.add(Html.el("h3", null, "Referring team"));
    List<Row> teamRows = c.years("fgc_referrals_by_team", List.of(prev, c.fy));
    List<String> teams = AnnualContext.distinct(teamRows, "team_name", Comparator.comparing((String t) ->
        -count(c.find("fgc_referrals_by_team", c.fy, "team_name", t), "children_referred")).thenComparing(Comparator.naturalOrder()));
    teams = teams.stream().filter(t -> teamRows.stream().anyMatch(r -> t.equals(r.getAs("team_name"))
        && count(r, "children_referred") > 0)).toList();
    Chart byTeam = Chart.of(teams, Chart.Format.COUNT).horizontal().heightMm(Math.max(50, 14 + teams.size() * 8));
    HtmlTable teamTable = new HtmlTable(null).textColumns(2).head("Referring team", "Group", "Children " + prev,
        "Children " + c.fy);
    for (String y : List.of(prev, c.fy)) {
      byTeam.bars(y, teams.stream().map(t -> count(c.find("fgc_referrals_by_team", y, "team_name", t), "children_referred"))
          .toList(), y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (String t : teams) {
      Row x = c.find("fgc_referrals_by_team", prev, "team_name", t), y = c.find("fgc_referrals_by_team", c.fy, "team_name", t);
      teamTable.row(t, x != null ? x.<String>getAs("team_group") : y.<String>getAs("team_group"),
          c.fig("fgc_referrals_by_team", prev + "/" + t, "children_referred", Html.count(count(x, "children_referred"))),
          c.fig("fgc_referrals_by_team", c.fy + "/" + t, "children_referred", Html.count(count(y, "children_referred"))));
    }
    out.add(c.page.figure(byTeam, "Allocated social work team that referred, " + prev + " and " + c.fy));
    out.add(teamTable.html());

    out.add(Html.el("h3", null, "Status at referral"));
    out.add(Html.p("Children referred with an FGC workspace, by their legal status at referral."));
    Chart status = Chart.of(STATUSES, Chart.Format.COUNT).heightMm(55);
    HtmlTable statusTable = new HtmlTable(null).head("Status", "Children " + prev, "Children " + c.fy);
    for (String y : List.of(prev, c.fy)) {
      status.bars(y, STATUSES.stream().map(s -> count(c.find("fgc_status_at_referral", y, "status", s), "children")).toList(),
          y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (String s : STATUSES) {
      statusTable.row(s, c.fig("fgc_status_at_referral", prev + "/" + s, "children",
              Html.count(count(c.find("fgc_status_at_referral", prev, "status", s), "children"))),
          c.fig("fgc_status_at_referral", c.fy + "/" + s, "children",
              Html.count(count(c.find("fgc_status_at_referral", c.fy, "status", s), "children"))));
    }
    out.add(c.page.figure(status, "Status when the FGC workspace opened, " + prev + " and " + c.fy));
    out.add(statusTable.html());

    out.add(Html.el("h3", null, "Meetings held"));
    List<String> years = c.lastYears(3);
    String[][] kinds = {{"FGC", "Initial"}, {"FGC", "Review"}, {"Family Meeting", "Initial"}, {"Family Meeting", "Review"}};
    Chart meetings = Chart.of(years, Chart.Format.COUNT).stacked().heightMm(65);
    HtmlTable meetingTable = new HtmlTable(null).head("Financial year", "FGC initial", "FGC review",
        "Family meeting initial", "Family meeting review", "Total");
    for (String[] k : kinds) {
      meetings.bars(k[0] + " " + k[1].toLowerCase(java.util.Locale.ROOT),
          years.stream().map(y -> meetingCount(c, y, k[0], k[1])).toList());
    }
    for (String y : years) {
      List<Object> cells = new ArrayList<>(List.of(y));
      long total = 0;
      for (String[] k : kinds) {
        long n = meetingCount(c, y, k[0], k[1]);
        total += n;
        cells.add(c.fig("fgc_meetings", y + "/" + k[0] + "/" + k[1], "meetings", Html.count(n)));
      }
      cells.add(Html.count(total));
      meetingTable.row(cells.toArray());
    }
    out.add(c.page.figure(meetings, "FGC meetings held each year, by type and stage"));
    out.add(meetingTable.html());
    return out;
  }

  private static long meetingCount(AnnualContext c, String year, String type, String stage) {
    return c.sum("fgc_meetings", year, "meetings", r -> type.equals(r.getAs("meeting_type")) && stage.equals(r.getAs("stage")));
  }
}
