package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.landing.PlacementCategory;
import uk.steppingstones.report.Claims;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;

/**
 * The money of each kept claim (outputs.md, "Finance"), shared by the finance tables through
 * {@link ReportInputs#shared}: the weekly cost of each category the claim needs, its weekly rate,
 * and the split of its 364-day window across financial years.
 *
 * <p>Readings chosen where the spec leaves room (also in the final report):
 *
 * <ul>
 *   <li>Needed categories: STEPDOWN needs From and To; AVOID needs Avoided; AVOIDINC needs Avoided
 *       and From. Other answers on the form are ignored.
 *   <li>A claim that lacks a needed category ({@code missing category}), or whose needed cost is
 *       found neither in placement_cost nor in unit_cost ({@code no cost found}), keeps its rows
 *       (it is a claim: its child counts, it has days in FYs) but has {@code weekly_rate} null and
 *       {@code amount} 0.00; the issue is in {@code issue} and in {@code claim_exceptions}. A
 *       missing category takes precedence over a missing cost.
 *   <li>{@code HOME}/{@code INDEP} cost 0 in any role. A placement_cost row applies when its
 *       category is the claim's category and it is open on the role's day; the tie-break is the
 *       latest StartDate, then the larger PlacementCostID (numeric when both are numbers).
 *   <li>CountsForSavings = No on the saved category's unit_cost row for FY(EventDate) makes the
 *       rate 0 (a real 0, not an issue); no unit_cost row means it counts.
 *   <li>Money is DECIMAL throughout: rate * days is exact in pennies, divided by 7 at scale 10 and
 *       rounded half up to pennies. (As the divisor is 7 a part is never exactly half a penny; the
 *       nearest cases, 3/7 and 4/7 of a penny, go down and up.)
 *   <li>A claim window holds 364 days, so it touches at most two FYs; parts in FYs after FY(A) are
 *       dropped.
 * </ul>
 */
public final class FinanceClaims {
  private FinanceClaims() {}

  public static final String STEPDOWN = "STEPDOWN";
  public static final String AVOID = "AVOID";
  public static final String AVOIDINC = "AVOIDINC";

  /** DECIMAL(18,2), the type of every money column. */
  public static final String MONEY = "decimal(18,2)";

  /** Placement category code to report wording. */
  public static final Map<String, String> CATEGORY_LABELS = categoryLabels();

  private static final String FROM = "PlacementFrom";
  private static final String TO = "PlacementTo";
  private static final String AVOIDED = "PlacementAvoided";

  /**
   * One row per kept claim: form_id, person_id, claim_type (code), event_date, fy_start (start
   * year of FY(EventDate)), claimed_on (the day the claim's form was created), saved_category (code: From for STEPDOWN, Avoided otherwise),
   * cost_from, cost_to, cost_avoided, counts_for_savings, weekly_rate (DECIMAL(18,2), null when
   * the claim carries no money), issue ({@code missing category} / {@code no cost found} / null),
   * detail (which answer lacks a category or a cost).
   */
  public static Dataset<Row> claims(ReportInputs in) {
    Dataset<Row> kept = Claims.kept(in);
    return in.shared("finance.claims", () -> computeClaims(in, kept));
  }

  /**
   * One row per kept claim and FY its window has days in, up to FY(A): the columns of
   * {@link #claims} plus financial_year, fy_part_start (start year of that FY), days_in_fy
   * (BIGINT), amount (DECIMAL(18,2), 0.00 for a claim without money), booked_month (DATE),
   * is_carry_over.
   */
  public static Dataset<Row> parts(ReportInputs in) {
    Dataset<Row> claims = claims(in);
    return in.shared("finance.parts", () -> computeParts(in, claims));
  }

  /**
   * Monthly targets up to FY(A): month (DATE, first of month), financial_year (FY of the month),
   * target_amount (DECIMAL(18,2), summed per month).
   */
  public static Dataset<Row> targets(ReportInputs in) {
    Dataset<Row> rows = targetRows(in);
    return in.shared("finance.targets", () -> rows
        .groupBy(col("month"), col("financial_year"))
        .agg(sum("target_amount").cast(MONEY).as("target_amount"))
        .select(col("month"), col("financial_year"), col("target_amount")));
  }

  /**
   * The savings_target rows behind {@link #targets}, up to FY(A): month (first of month),
   * financial_year (FY of the month), target_amount, and target_id (the row's key as text: its
   * FinancialYear and month, {@code 2024-25 2024-04}).
   */
  public static Dataset<Row> targetRows(ReportInputs in) {
    return in.shared("finance.target_rows", () -> {
      Column month = trunc(col("month"), "month");
      return in.table("savings_target")
          .filter(col("month").isNotNull())
          .filter(FinancialYear.startYear(col("month")).leq(FinancialYear.startYear(in.asOf())))
          .select(
              month.as("month"),
              FinancialYear.of(month).as("financial_year"),
              col("target_amount").cast(MONEY).as("target_amount"),
              concat_ws(" ", col("financial_year"), date_format(col("month"), "yyyy-MM")).as("target_id"));
    });
  }

  /**
   * Every amount the monthly and yearly finance tables add up, one row per record: each claim part
   * (record_type {@code claim}) and each target row ({@code savings_target}), with financial_year,
   * month (the month it is booked in), person_id, claim_type (code; null for a target),
   * is_carry_over, claimed_in_year ({@link #claimedInPartYear}), event_date, record_id, part_start (the first day of a claim part inside its
   * FY: EventDate, or 1 April for a carried-over part; a target's month) and amount.
   */
  public static Dataset<Row> booked(ReportInputs in) {
    Dataset<Row> parts = parts(in);
    Dataset<Row> targets = targetRows(in);
    return in.shared("finance.booked", () -> parts
        .select(
            col("financial_year"), col("booked_month").as("month"), col("person_id"), col("claim_type"),
            col("is_carry_over"), claimedInPartYear().as("claimed_in_year"), col("event_date").cast("date").as("event_date"),
            lit(uk.steppingstones.report.Detail.CLAIM).as("record_type"), col("form_id").as("record_id"),
            partStart().as("part_start"), col("amount"))
        .unionByName(targets.select(
            col("financial_year"), col("month"), lit(null).cast("string").as("person_id"),
            lit(null).cast("string").as("claim_type"), lit(false).as("is_carry_over"), lit(false).as("claimed_in_year"),
            lit(null).cast("date").as("event_date"), lit(uk.steppingstones.report.Detail.SAVINGS_TARGET).as("record_type"),
            col("target_id").as("record_id"), col("month").as("part_start"), col("target_amount").as("amount"))));
  }

  /**
   * Of a claim part: whether the claim was made (its form created) in the part's FY. A step down
   * in March claimed in April is a carry-over claimed in the new year: the annual report counts
   * its child among the new year's children stepping down.
   */
  public static Column claimedInPartYear() {
    return coalesce(FinancialYear.startYear(col("claimed_on")).equalTo(col("fy_part_start")), lit(false));
  }

  /** Of a claim part: its first day inside its FY (EventDate, or 1 April when carried over). */
  public static Column partStart() {
    return greatest(col("event_date").cast("date"), FinancialYear.firstDay(col("fy_part_start")));
  }

  /**
   * The FYs of monthly_savings and headline_summary: from the first FY holding a claim part or a
   * target month through FY(A), one row each ({@code financial_year}).
   */
  public static Dataset<Row> financialYears(ReportInputs in) {
    Dataset<Row> facts = parts(in).select("financial_year").union(targets(in).select("financial_year"));
    return in.shared("finance.years", () -> ReportColumns.financialYears(facts, in));
  }

  /** Report wording of a claim type code. */
  public static Column claimTypeLabel(Column code) {
    return ReportColumns.label(code, Catalogue.CLAIM_TYPES);
  }

  /** Report wording of a placement category code (null for null). */
  public static Column categoryLabel(Column code) {
    return ReportColumns.label(code, CATEGORY_LABELS);
  }

  // ---------------------------------------------------------------------------------------------

  private static Dataset<Row> computeClaims(ReportInputs in, Dataset<Row> keptClaims) {
    Dataset<Row> kept =
        keptClaims
            .select(
                col("form_id"),
                col("person_id"),
                col("claim_type"),
                col("event_date"),
                col("placement_from"),
                col("placement_to"),
                col("placement_avoided"),
                FinancialYear.startYear(col("event_date")).as("fy_start"),
                to_date(col("created_at")).as("claimed_on"));

    Dataset<Row> needs = neededCosts(kept);
    Dataset<Row> costed = cost(needs, in);

    // Back to one row per claim: the category, cost and unit_cost flag of each role.
    Column[] perRole =
        Arrays.stream(new String[] {FROM, TO, AVOIDED})
            .flatMap(
                r -> {
                  Column isRole = col("role").equalTo(r);
                  return Arrays.stream(
                      new Column[] {
                        max(when(isRole, lit(true))).as("needs_" + r),
                        max(when(isRole, col("weekly_cost"))).as("cost_" + r),
                        max(when(isRole, col("counts_for_savings"))).as("counts_" + r)
                      });
                })
            .toArray(Column[]::new);
    Column[] summary = {
                max(when(col("category").isNull(), lit(true)).otherwise(lit(false))).as("any_missing_category"),
                max(when(col("category").isNotNull().and(col("weekly_cost").isNull()), lit(true))
                        .otherwise(lit(false)))
                    .as("any_missing_cost"),
                concat_ws(", ", sort_array(collect_list(when(col("category").isNull(), col("role")))))
                    .as("missing_category_detail"),
                concat_ws(
                        ", ",
                        sort_array(
                            collect_list(
                                when(
                                    col("category").isNotNull().and(col("weekly_cost").isNull()),
                                    concat(col("role"), lit(" "), col("category"))))))
                    .as("missing_cost_detail")};
    Column[] aggs = java.util.stream.Stream.concat(Arrays.stream(summary), Arrays.stream(perRole)).toArray(Column[]::new);
    Dataset<Row> roles = costed.groupBy("form_id").agg(aggs[0], Arrays.copyOfRange(aggs, 1, aggs.length));

    Column type = col("claim_type");
    Column savedCategory = when(type.equalTo(STEPDOWN), col("placement_from")).otherwise(col("placement_avoided"));
    Column counts =
        when(type.equalTo(STEPDOWN), col("counts_" + FROM)).otherwise(col("counts_" + AVOIDED));
    Column from = col("cost_" + FROM);
    Column to = col("cost_" + TO);
    Column avoided = col("cost_" + AVOIDED);
    Column zero = lit(0).cast(MONEY);
    Column raw =
        when(type.equalTo(STEPDOWN), from.minus(to))
            .when(type.equalTo(AVOID), avoided)
            .when(type.equalTo(AVOIDINC), avoided.minus(from));
    Column issue =
        when(col("any_missing_category"), lit("missing category"))
            .when(col("any_missing_cost"), lit("no cost found"));
    Column rate =
        when(issue.isNotNull(), lit(null).cast(MONEY))
            .when(counts.equalTo(false), zero)
            .otherwise(greatest(zero, raw).cast(MONEY));
    Column detail =
        when(col("any_missing_category"), concat(lit("unanswered: "), col("missing_category_detail")))
            .when(col("any_missing_cost"), concat(lit("no placement_cost or unit_cost: "), col("missing_cost_detail")));

    return kept.join(roles, "form_id")
        .select(
            col("form_id"),
            col("person_id"),
            col("claim_type"),
            col("event_date"),
            col("fy_start"),
            col("claimed_on"),
            savedCategory.as("saved_category"),
            from.as("cost_from"),
            to.as("cost_to"),
            avoided.as("cost_avoided"),
            coalesce(counts, lit(true)).as("counts_for_savings"),
            rate.as("weekly_rate"),
            issue.as("issue"),
            detail.as("detail"));
  }

  /**
   * One row per (claim, role it needs): role, category, the day its actual cost is looked up on
   * (null: unit_cost only).
   */
  private static Dataset<Row> neededCosts(Dataset<Row> kept) {
    Column type = col("claim_type");
    Column ed = col("event_date");
    Dataset<Row> from =
        kept.filter(type.isin(STEPDOWN, AVOIDINC))
            .select(
                col("form_id"), col("person_id"), col("fy_start"), lit(FROM).as("role"),
                col("placement_from").as("category"),
                when(type.equalTo(STEPDOWN), date_sub(ed, 1)).otherwise(ed).as("day"));
    Dataset<Row> to =
        kept.filter(type.equalTo(STEPDOWN))
            .select(
                col("form_id"), col("person_id"), col("fy_start"), lit(TO).as("role"),
                col("placement_to").as("category"), ed.as("day"));
    Dataset<Row> avoided =
        kept.filter(type.isin(AVOID, AVOIDINC))
            .select(
                col("form_id"), col("person_id"), col("fy_start"), lit(AVOIDED).as("role"),
                col("placement_avoided").as("category"), lit(null).cast("date").as("day"));
    return from.unionByName(to).unionByName(avoided);
  }

  /**
   * Adds weekly_cost (null when none is found) and counts_for_savings (unit_cost's flag for the
   * category in FY(EventDate), null without a row) to each needed role.
   */
  private static Dataset<Row> cost(Dataset<Row> needs, ReportInputs in) {
    Dataset<Row> pc =
        in.table("placement_cost")
            .select(
                col("person_id").as("pc_person_id"),
                col("placement_category").as("pc_category"),
                col("start_date").as("pc_start"),
                col("end_date").as("pc_end"),
                col("placement_cost_id").as("pc_id"),
                col("weekly_cost").as("actual_cost"));
    var best =
        Window.partitionBy("form_id", "role")
            .orderBy(col("pc_start").desc(), ReportColumns.idOrder(col("pc_id")).desc());
    Dataset<Row> actual =
        needs
            .filter(col("day").isNotNull().and(col("category").isNotNull()))
            .join(
                pc,
                col("pc_person_id").equalTo(col("person_id"))
                    .and(col("pc_category").equalTo(col("category")))
                    .and(ReportColumns.openOn(col("pc_start"), col("pc_end"), col("day"))))
            .withColumn("rank", row_number().over(best))
            .filter(col("rank").equalTo(1))
            .select(col("form_id").as("a_form_id"), col("role").as("a_role"), col("actual_cost"));

    Dataset<Row> uc =
        in.table("unit_cost")
            .select(
                FinancialYear.startYearOfLabel(col("financial_year")).as("uc_fy_start"),
                col("placement_category").as("uc_category"),
                col("weekly_cost").as("unit_cost"),
                col("counts_for_savings"));

    Column noCost = col("category").isin(PlacementCategory.NO_COST_DESTINATIONS.toArray());
    return needs
        .join(
            actual,
            needs.col("form_id").equalTo(actual.col("a_form_id")).and(needs.col("role").equalTo(actual.col("a_role"))),
            "left")
        .join(
            uc,
            col("uc_fy_start").equalTo(col("fy_start")).and(col("uc_category").equalTo(col("category"))),
            "left")
        .select(
            col("form_id"),
            col("role"),
            col("category"),
            when(col("category").isNull(), lit(null).cast(MONEY))
                .when(noCost, lit(0).cast(MONEY))
                .otherwise(coalesce(col("actual_cost"), col("unit_cost")).cast(MONEY))
                .as("weekly_cost"),
            col("counts_for_savings"));
  }

  private static Dataset<Row> computeParts(ReportInputs in, Dataset<Row> claims) {
    int lastFy = FinancialYear.startYear(in.asOf());
    Column ed = col("event_date");
    Column windowEnd = date_add(ed, 363);
    Column fy = col("fy_part_start");
    Column days =
        datediff(least(windowEnd, FinancialYear.lastDay(fy)), greatest(ed, FinancialYear.firstDay(fy))).plus(1);
    Column amount =
        when(col("weekly_rate").isNull(), lit(0).cast(MONEY))
            .otherwise(
                round(
                        col("weekly_rate")
                            .cast(MONEY)
                            .multiply(col("days_in_fy").cast("decimal(10,0)"))
                            .cast("decimal(38,10)")
                            .divide(lit(7).cast("decimal(1,0)"))
                            .cast("decimal(38,10)"),
                        2)
                    .cast(MONEY));
    Column carryOver = fy.gt(col("fy_start"));
    return claims
        .withColumn(
            "fy_part_start",
            explode(sequence(col("fy_start"), least(FinancialYear.startYear(windowEnd), lit(lastFy)))))
        .withColumn("financial_year", FinancialYear.label(fy))
        .withColumn("days_in_fy", days.cast("bigint"))
        .withColumn("amount", amount)
        .withColumn("is_carry_over", carryOver)
        .withColumn("booked_month", when(carryOver, FinancialYear.firstDay(fy)).otherwise(trunc(ed, "month")));
  }

  private static Map<String, String> categoryLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    for (PlacementCategory c : PlacementCategory.values()) {
      m.put(c.name(), c.label());
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
