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
 * Forms: forms created (two years), planned outcomes of accepted initial consultations, reasons
 * outcomes were not achieved on closure records, focuses chosen (initial consultations and
 * closure records), and supervision timeliness.
 */
final class FormsSection implements Section {
  static final List<String> FOCUS_GROUPS = List.of("Child", "Adult", "Parent");

  @Override
  public String id() {
    return "forms";
  }

  @Override
  public String title() {
    return "Forms, planned outcomes and closures";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    String prev = c.before(1);
    out.add(Html.el("h3", null, "Forms created"));
    HtmlTable forms = new HtmlTable(null).head("Form", "Created in " + prev, "Created in " + c.fy);
    List<String> types = AnnualContext.distinct(c.years("forms_created", List.of(prev, c.fy)), "form_type");
    for (String t : types) {
      forms.row(t, c.fig("forms_created", prev + "/" + t, "forms", Html.count(count(c.find("forms_created", prev, "form_type", t), "forms"))),
          c.fig("forms_created", c.fy + "/" + t, "forms", Html.count(count(c.find("forms_created", c.fy, "form_type", t), "forms"))));
    }
    out.add(Html.p("Completed and draft forms, by the day they were created."));
    out.add(forms.html());

    out.add(Html.el("h3", null, "Planned outcomes of initial consultations"));
    out.add(Html.p("Planned outcomes selected on accepted initial consultations, and their share of all selections."));
    HtmlTable outcomes = new HtmlTable(null).head("Planned outcome", "Selections " + prev, "% " + prev,
        "Selections " + c.fy, "% " + c.fy);
    List<String> planned = AnnualContext.distinct(c.years("planned_outcomes", List.of(prev, c.fy)), "planned_outcome",
        Comparator.comparing((String o) -> -count(c.find("planned_outcomes", c.fy, "planned_outcome", o), "selections"))
            .thenComparing(Comparator.naturalOrder()));
    for (String o : planned) {
      Row a = c.find("planned_outcomes", prev, "planned_outcome", o), b = c.find("planned_outcomes", c.fy, "planned_outcome", o);
      outcomes.row(o, c.fig("planned_outcomes", prev + "/" + o, "selections", Html.count(count(a, "selections"))),
          Html.pct(number(a, "pct")), c.fig("planned_outcomes", c.fy + "/" + o, "selections", Html.count(count(b, "selections"))),
          Html.pct(number(b, "pct")));
    }
    out.add(outcomes.html());

    out.add(Html.el("h3", null, "Reasons outcomes were not achieved"));
    out.add(Html.p("Closure records of children who closed without a cost saving or avoidance claim, by the reason "
        + "the outcome was not achieved."));
    List<String> reasons = AnnualContext.distinct(c.years("closure_reasons", List.of(prev, c.fy)), "reason",
        Comparator.comparing((String r) -> -count(c.find("closure_reasons", c.fy, "reason", r), "closures"))
            .thenComparing(Comparator.naturalOrder()));
    Chart chart = Chart.of(reasons, Chart.Format.COUNT).horizontal().heightMm(Math.max(45, 14 + reasons.size() * 9));
    HtmlTable closures = new HtmlTable(null).head("Reason outcome not achieved", "Closures " + prev, "Closures " + c.fy);
    for (String y : List.of(prev, c.fy)) {
      chart.bars(y, reasons.stream().map(r -> count(c.find("closure_reasons", y, "reason", r), "closures")).toList(),
          y.equals(c.fy) ? "#1d4e89" : "#a6cbe8");
    }
    for (String r : reasons) {
      closures.row(r, c.fig("closure_reasons", prev + "/" + r, "closures", Html.count(count(c.find("closure_reasons", prev, "reason", r), "closures"))),
          c.fig("closure_reasons", c.fy + "/" + r, "closures", Html.count(count(c.find("closure_reasons", c.fy, "reason", r), "closures"))));
    }
    out.add(c.page.figure(chart, "Reason outcome not achieved on closure records, " + prev + " and " + c.fy));
    out.add(closures.html());

    out.add(Html.el("h3", null, "Focuses chosen in " + c.fy));
    out.add(Html.p("How many times each focus (soft KPI) was selected on accepted initial consultations and on "
        + "closure records created in " + c.fy + "."));
    List<Row> focus = c.gold.year("focus_counts", c.fy);
    for (String group : FOCUS_GROUPS) {
      List<Row> ofGroup = focus.stream().filter(r -> group.equals(r.getAs("focus_group"))).toList();
      if (ofGroup.isEmpty()) {
        continue;
      }
      List<String> names = AnnualContext.distinct(ofGroup, "focus", Comparator.comparing((String f) ->
          -selections(ofGroup, f, "Initial Consultation")).thenComparing(Comparator.naturalOrder()));
      HtmlTable t = new HtmlTable(group + " focuses").head("Focus", "Accepted initial consultations", "Closure records");
      for (String f : names) {
        String id = c.fy + "/" + group + "/" + f;
        t.row(f, c.fig("focus_counts", id + "/Initial Consultation", "selections", Html.count(selections(ofGroup, f, "Initial Consultation"))),
            c.fig("focus_counts", id + "/Closure Record", "selections", Html.count(selections(ofGroup, f, "Closure Record"))));
      }
      out.add(t.html());
    }

    out.add(Html.el("h3", null, "Group supervision within two weeks of the start"));
    HtmlTable sup = new HtmlTable(null).head("Financial year (of the start)", "Involvements started",
        "First group supervision within 14 days", "%");
    for (Row r : c.gold.rows("supervision_timeliness").stream()
        .sorted(Comparator.comparing((Row r) -> r.<String>getAs("financial_year"))).toList()) {
      String y = r.getAs("financial_year");
      if (y.compareTo(c.fy) > 0) {
        continue;
      }
      sup.row(y, c.fig("supervision_timeliness", y, "involvements_started", Html.count(count(r, "involvements_started"))),
          c.fig("supervision_timeliness", y, "first_within_14_days", Html.count(count(r, "first_within_14_days"))),
          Html.pct(number(r, "pct")));
    }
    out.add(sup.html());
    return out;
  }

  private static long selections(List<Row> rows, String focus, String source) {
    return rows.stream().filter(r -> focus.equals(r.getAs("focus")) && source.equals(r.getAs("source")))
        .mapToLong(r -> count(r, "selections")).sum();
  }
}
