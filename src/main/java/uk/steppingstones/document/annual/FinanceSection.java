package uk.steppingstones.document.annual;

import static uk.steppingstones.document.GoldData.count;
import static uk.steppingstones.document.GoldData.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.Chart;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;
import uk.steppingstones.document.SafeHtml;

/**
 * Finance: the headline savings against target, the placements vacated and avoided by category
 * (two years), target against achieved, the running total each month against the target line,
 * and the savings each month of two years side by side. From headline_summary,
 * savings_by_placement and monthly_savings.
 */
final class FinanceSection implements Section {
  static final String STEP_DOWN = "Step Down";
  static final String AVOIDANCE = "Cost Avoidance";
  static final String INCREASED = "Avoidance of Increased Cost";

  @Override
  public String id() {
    return "finance";
  }

  @Override
  public String title() {
    return "Finance";
  }

  @Override
  public List<Object> content(AnnualContext c) {
    List<Object> out = new ArrayList<>();
    out.add(headline(c));
    out.add(Html.el("h3", null, "Placements vacated (step downs)"));
    out.add(placements(c, List.of(STEP_DOWN), "Placement vacated").html());
    out.add(targetAgainstAchieved(c));
    out.add(Html.el("h3", null, "Placements avoided (including avoidance of increased costs)"));
    out.add(placements(c, List.of(AVOIDANCE, INCREASED), "Placement avoided").html());
    out.add(byPlacementChart(c));
    out.add(Html.el("h3", null, "Running total of savings and avoidance each month"));
    out.addAll(runningTotal(c));
    out.add(Html.el("h3", null, "Savings each month, " + c.before(1) + " and " + c.fy));
    out.addAll(monthByMonth(c));
    return out;
  }

  private static SafeHtml headline(AnnualContext c) {
    Row h = c.gold.yearRow("headline_summary", c.fy);
    String t = "headline_summary";
    BigDecimal saved = money(h, "step_down_savings");
    BigDecimal target = money(h, "target_total");
    BigDecimal over = saved.subtract(target);
    long stepped = count(h, "children_stepped_down");
    long steppedAll = count(h, "children_stepped_down_incl_carry_over");
    SafeHtml boxes = new SafeHtml("<div class=\"headline\">"
        + box(c.fig(t, c.fy, "combined_total", Html.moneyShort(money(h, "combined_total"))), "combined saving and avoidance")
        + box(c.fig(t, c.fy, "children_avoided", Html.count(count(h, "children_avoided"))),
            "children diverted from becoming looked after")
        + box(c.fig(t, c.fy, "children_increased_cost_avoided", Html.count(count(h, "children_increased_cost_avoided"))),
            "children avoiding a higher cost placement")
        + box(c.fig(t, c.fy, "children_stepped_down_incl_carry_over", Html.count(steppedAll)), "children stepping down")
        + box(c.fig(t, c.fy, "step_down_savings", Html.moneyShort(saved)), "cost savings (step downs)")
        + box(c.fig(t, c.fy, "target_total", Html.moneyShort(target)), "the year's savings target")
        + "</div>");
    SafeHtml summary = Html.p("In ", c.fy, " Stepping Stones achieved an in-year combined saving and avoidance of ",
        c.fig(t, c.fy, "combined_total", Html.money(money(h, "combined_total"))), ", reflecting ",
        c.fig(t, c.fy, "children_avoided", Html.count(count(h, "children_avoided"))),
        " children and young people diverted from becoming looked after, ",
        c.fig(t, c.fy, "children_increased_cost_avoided", Html.count(count(h, "children_increased_cost_avoided"))),
        " children avoiding a higher cost placement, and ",
        c.fig(t, c.fy, "children_stepped_down_incl_carry_over", Html.count(steppedAll)),
        " children stepping down from their placement (",
        c.fig(t, c.fy, "children_stepped_down", Html.count(stepped)), " stepped down in the year; the other ",
        Html.count(Math.max(0, steppedAll - stepped)),
        " stepped down in the year before, and their claims' 52 weeks carried savings into this year).");
    SafeHtml target1 = Html.p("Cost savings from step downs were ", c.fig(t, c.fy, "step_down_savings", Html.money(saved)),
        " against the year's target of ", c.fig(t, c.fy, "target_total", Html.money(target)), ": ",
        over.signum() >= 0
            ? Html.join(c.fig("monthly_savings", c.fy, "variance", Html.money(over)), " over the target.")
            : Html.join(c.fig("monthly_savings", c.fy, "variance", Html.money(over.negate())), " short of the target."),
        " Avoidance added ", c.fig(t, c.fy, "avoidance", Html.money(money(h, "avoidance"))),
        " and avoidance of increased costs ",
        c.fig(t, c.fy, "increased_cost_avoidance", Html.money(money(h, "increased_cost_avoidance"))), ".");
    return Html.join(boxes, summary, target1);
  }

  private static String box(SafeHtml figure, String label) {
    return "<div>" + figure.html() + "<small>" + Html.esc(label) + "</small></div>";
  }

  /** Children and amount by placement category of the claim types, the year before and this year. */
  private static HtmlTable placements(AnnualContext c, List<String> types, String firstColumn) {
    String prev = c.before(1);
    boolean twoTypes = types.size() > 1;
    HtmlTable table = new HtmlTable(null).textColumns(twoTypes ? 2 : 1);
    List<Object> head = new ArrayList<>(List.of(firstColumn));
    if (twoTypes) {
      head.add("Claim type");
    }
    head.addAll(List.of("Children " + prev, "Saved " + prev, "Children " + c.fy, "Saved " + c.fy));
    table.head(head.toArray());
    List<Row> rows = c.years("savings_by_placement", List.of(prev, c.fy)).stream()
        .filter(r -> types.contains(r.<String>getAs("claim_type"))).toList();
    BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
    for (String type : types) {
      for (String category : AnnualContext.distinct(rows.stream().filter(r -> type.equals(r.getAs("claim_type"))).toList(),
          "placement_category", String::compareTo)) {
        List<Object> cells = new ArrayList<>(List.of(category));
        if (twoTypes) {
          cells.add(type);
        }
        int i = 0;
        for (String year : List.of(prev, c.fy)) {
          Row r = rows.stream().filter(x -> year.equals(x.getAs("financial_year")) && type.equals(x.getAs("claim_type"))
              && category.equals(x.getAs("placement_category"))).findFirst().orElse(null);
          String rowId = year + "/" + type + "/" + category;
          long carried = count(r, "carry_over_children");
          SafeHtml children = c.fig("savings_by_placement", rowId, "children", Html.count(count(r, "children")));
          cells.add(carried > 0 && type.equals(STEP_DOWN)
              ? Html.join(children, " (+", c.fig("savings_by_placement", rowId, "carry_over_children",
                  Html.count(carried)), " carried over)")
              : children);
          cells.add(c.fig("savings_by_placement", rowId, "amount", Html.money(money(r, "amount"))));
          totals[i] = totals[i].add(money(r, "amount"));
          i++;
        }
        table.row(cells.toArray());
      }
    }
    List<Object> total = new ArrayList<>(List.of("Total"));
    if (twoTypes) {
      total.add("");
    }
    total.addAll(List.of("", Html.money(totals[0]), "", Html.money(totals[1])));
    table.total(total.toArray());
    return table;
  }

  private static SafeHtml targetAgainstAchieved(AnnualContext c) {
    List<String> years = List.of(c.before(1), c.fy);
    List<BigDecimal> target = new ArrayList<>(), achieved = new ArrayList<>();
    HtmlTable table = new HtmlTable(null).head("Financial year", "Target", "Achieved (step downs)", "Over (under) target");
    for (String y : years) {
      Row h = c.gold.yearRow("headline_summary", y);
      target.add(money(h, "target_total"));
      achieved.add(money(h, "step_down_savings"));
      table.row(y, c.fig("headline_summary", y, "target_total", Html.money(money(h, "target_total"))),
          c.fig("headline_summary", y, "step_down_savings", Html.money(money(h, "step_down_savings"))),
          Html.money(money(h, "step_down_savings").subtract(money(h, "target_total"))));
    }
    Chart chart = Chart.of(years, Chart.Format.MONEY).bars("Target", target, Chart.TARGET_COLOUR)
        .bars("Achieved", achieved, "#1d4e89").heightMm(65);
    return Html.join(c.page.figure(chart, "Target against achieved savings from step downs, " + years.get(0) + " and "
        + years.get(1)), table.html());
  }

  /** Amounts by claim type and category, two years, as horizontal bars. */
  private static SafeHtml byPlacementChart(AnnualContext c) {
    String prev = c.before(1);
    List<Row> rows = c.years("savings_by_placement", List.of(prev, c.fy));
    List<String> labels = new ArrayList<>();
    List<BigDecimal> before = new ArrayList<>(), now = new ArrayList<>();
    for (String type : List.of(STEP_DOWN, AVOIDANCE, INCREASED)) {
      List<Row> ofType = rows.stream().filter(r -> type.equals(r.getAs("claim_type"))).toList();
      for (String category : AnnualContext.distinct(ofType, "placement_category", String::compareTo)) {
        labels.add(shortType(type) + ": " + category);
        before.add(amount(ofType, prev, category));
        now.add(amount(ofType, c.fy, category));
      }
    }
    Chart chart = Chart.of(labels, Chart.Format.MONEY).bars(prev, before, "#a6cbe8").bars(c.fy, now, "#1d4e89")
        .horizontal().heightMm(Math.max(60, 12 + labels.size() * 9));
    return c.page.figure(chart, "Savings by placement category and claim type, " + prev + " and " + c.fy
        + " (the amounts of the two tables above)");
  }

  private static String shortType(String type) {
    return switch (type) {
      case STEP_DOWN -> "Step down";
      case AVOIDANCE -> "Avoided";
      default -> "Increased cost avoided";
    };
  }

  private static BigDecimal amount(List<Row> rows, String year, String category) {
    return rows.stream().filter(r -> year.equals(r.getAs("financial_year")) && category.equals(r.getAs("placement_category")))
        .map(r -> money(r, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<Object> runningTotal(AnnualContext c) {
    List<Row> rows = c.gold.year("monthly_savings", c.fy);
    List<String> labels = new ArrayList<>();
    List<BigDecimal> target = new ArrayList<>(), stepDown = new ArrayList<>(), total = new ArrayList<>();
    HtmlTable table = new HtmlTable(null).head("Month", "Saved in the month", "Running step downs",
        "Running total, all savings", "Running target", "Step downs over (under) target");
    for (LocalDate m : AnnualContext.months(c.fy)) {
      Row r = AnnualContext.monthRow(rows, m);
      String id = m.toString();
      labels.add(AnnualContext.monthLabel(m).substring(0, 3));
      target.add(money(r, "running_target"));
      stepDown.add(money(r, "running_step_down"));
      total.add(money(r, "running_total"));
      table.row(AnnualContext.monthLabel(m),
          c.fig("monthly_savings", id, "total_amount", Html.money(money(r, "total_amount"))),
          c.fig("monthly_savings", id, "running_step_down", Html.money(money(r, "running_step_down"))),
          c.fig("monthly_savings", id, "running_total", Html.money(money(r, "running_total"))),
          c.fig("monthly_savings", id, "running_target", Html.money(money(r, "running_target"))),
          c.fig("monthly_savings", id, "variance", Html.money(money(r, "variance"))));
    }
    Chart chart = Chart.of(labels, Chart.Format.MONEY).bars("Running target", target, Chart.TARGET_COLOUR)
        .line("Running step-down savings", stepDown, "#1d4e89").line("Running total, all savings", total, "#59a14f")
        .noLabels().heightMm(80);
    return List.of(c.page.figure(chart, "Running total of savings and avoidance each month of " + c.fy
        + " against the running target"), table.html());
  }

  private static List<Object> monthByMonth(AnnualContext c) {
    String prev = c.before(1);
    List<Row> before = c.gold.year("monthly_savings", prev), now = c.gold.year("monthly_savings", c.fy);
    List<BigDecimal> a = new ArrayList<>(), b = new ArrayList<>();
    HtmlTable table = new HtmlTable(null).head("Month", "Saved " + prev, "Saved " + c.fy);
    List<LocalDate> prevMonths = AnnualContext.months(prev), months = AnnualContext.months(c.fy);
    BigDecimal ta = BigDecimal.ZERO, tb = BigDecimal.ZERO;
    for (int i = 0; i < 12; i++) {
      Row x = AnnualContext.monthRow(before, prevMonths.get(i)), y = AnnualContext.monthRow(now, months.get(i));
      a.add(money(x, "total_amount"));
      b.add(money(y, "total_amount"));
      ta = ta.add(money(x, "total_amount"));
      tb = tb.add(money(y, "total_amount"));
      table.row(AnnualContext.monthNames().get(i),
          c.fig("monthly_savings", prevMonths.get(i).toString(), "total_amount", Html.money(money(x, "total_amount"))),
          c.fig("monthly_savings", months.get(i).toString(), "total_amount", Html.money(money(y, "total_amount"))));
    }
    table.total("Year", Html.money(ta), Html.money(tb));
    Chart chart = Chart.of(AnnualContext.monthNames(), Chart.Format.MONEY).bars(prev, a, "#a6cbe8")
        .bars(c.fy, b, "#1d4e89").noLabels().heightMm(70);
    return List.of(c.page.figure(chart, "Savings each month (step downs, avoidance and increased costs avoided), "
        + prev + " and " + c.fy), table.html());
  }
}
