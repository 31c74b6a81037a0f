package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.money;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.Detail;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code headline_summary}: one row per FY, the FYs of {@code monthly_savings}, zero-filled.
 * Children counts: distinct children with a kept claim of the type whose EventDate is in the FY
 * (claims without money included). Amounts: every claim part booked in the FY, carry-over included
 * (so they equal the FY's sums in monthly_savings). {@code target_total}: the FY's monthly targets
 * (all twelve, also those after A); {@code target_met = step_down_savings >= target_total}, so an
 * FY without targets reads as met (as its March variance is >= 0).
 *
 * <p>Extra column {@code children_stepped_down_incl_carry_over}: the FY's step downs (as
 * {@code children_stepped_down}) and the step downs of the FY before that were claimed (their
 * form created) in this FY and so carried over into it. The annual report's "55 children stepping
 * down" in 2024-25 counts this way ("two of the step downs claimed in 2024-25 occurred in March
 * 2024"), while its placement table and {@code children_stepped_down} count EventDates in the FY.
 * A step down claimed in its own year is not counted again the year after, though its window runs
 * on into it.
 */
public final class HeadlineSummary implements ReportTable {
  @Override
  public String name() {
    return "headline_summary";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year (the years of monthly_savings)",
        "The year's headline finance figures. Children counts are distinct children with a kept claim of the type "
            + "whose EventDate is in the year (claims carrying no money included); amounts are every claim part "
            + "booked in the year, carried-over parts included, so they equal the year's sums in monthly_savings. "
            + "Every financial year from the first with a claim part or a target month through the year of the "
            + "as-of date has a row, 0 where there is nothing.",
        financialYear("the claims' EventDate (children) and of the booked parts (money)"),
        children("children_avoided", "Distinct children with a kept Cost Avoidance claim whose EventDate is in the "
            + "year: children diverted from becoming looked after."),
        children("children_increased_cost_avoided", "Distinct children with a kept Avoidance of Increased Cost claim "
            + "whose EventDate is in the year."),
        children("children_stepped_down", "Distinct children with a kept Step Down claim whose EventDate is in the "
            + "year. Children stepped down in the year before whose savings carry over are not here (see "
            + "children_stepped_down_incl_carry_over)."),
        money("step_down_savings", "Step Down amounts booked in the year, carried-over parts included."),
        money("avoidance", "Cost Avoidance amounts booked in the year, carried-over parts included."),
        money("increased_cost_avoidance", "Avoidance of Increased Cost amounts booked in the year, carried-over "
            + "parts included."),
        money("combined_total", "step_down_savings + avoidance + increased_cost_avoidance: the in-year combined "
            + "saving and avoidance."),
        money("target_total", "The year's savings target: its twelve monthly targets summed, also those after the "
            + "as-of date."),
        value("target_met", "Whether step_down_savings >= target_total (the report sets step-down savings against "
            + "the target); a year without targets reads as met."),
        children("children_stepped_down_incl_carry_over", "Distinct children stepping down as the annual report "
            + "counts them: the year's step downs (children_stepped_down) and the step downs of the year before "
            + "claimed (the form created) in this year, whose savings are carried over into it."));
  }

  /**
   * Children: their claims of the year (EventDate in it; a child with two claims is listed twice
   * and counted once). Money: the parts booked in the year and, for target_total, its target months.
   */
  @Override
  public Detail detail(ReportInputs in) {
    Column claim = col("record_type").equalTo(Detail.CLAIM);
    Column inYear = claim.and(not(col("is_carry_over")));
    Column type = col("claim_type");
    String event = "the claim's EventDate";
    String part = "the part's first day: EventDate, or 1 April for a part carried over";
    return Detail.of(FinanceClaims.booked(in),
        figure("children_avoided", Detail.CLAIM, "record_id", "event_date", event)
            .where(inYear.and(type.equalTo(FinanceClaims.AVOID))),
        figure("children_increased_cost_avoided", Detail.CLAIM, "record_id", "event_date", event)
            .where(inYear.and(type.equalTo(FinanceClaims.AVOIDINC))),
        figure("children_stepped_down", Detail.CLAIM, "record_id", "event_date", event)
            .where(inYear.and(type.equalTo(FinanceClaims.STEPDOWN))),
        figure("step_down_savings", Detail.CLAIM, "record_id", "part_start", part)
            .where(claim.and(type.equalTo(FinanceClaims.STEPDOWN))).amount("amount"),
        figure("avoidance", Detail.CLAIM, "record_id", "part_start", part)
            .where(claim.and(type.equalTo(FinanceClaims.AVOID))).amount("amount"),
        figure("increased_cost_avoidance", Detail.CLAIM, "record_id", "part_start", part)
            .where(claim.and(type.equalTo(FinanceClaims.AVOIDINC))).amount("amount"),
        figure("combined_total", Detail.CLAIM, "record_id", "part_start", part).where(claim).amount("amount"),
        figure("target_total", Detail.SAVINGS_TARGET, "record_id", "part_start", "the target's month")
            .where(col("record_type").equalTo(Detail.SAVINGS_TARGET)).noChild().amount("amount"),
        figure("children_stepped_down_incl_carry_over", Detail.CLAIM, "record_id", "event_date", event)
            .where(claim.and(type.equalTo(FinanceClaims.STEPDOWN))
                .and(not(col("is_carry_over")).or(col("claimed_in_year")))));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    String money = FinanceClaims.MONEY;
    Column type = col("claim_type");
    Column child = col("person_id");
    Column notCarry = not(col("is_carry_over"));

    Dataset<Row> byFy =
        FinanceClaims.parts(in)
            .groupBy(col("financial_year").as("p_fy"))
            .agg(
                countDistinct(when(notCarry.and(type.equalTo(FinanceClaims.AVOID)), child)).as("p_avoided"),
                countDistinct(when(notCarry.and(type.equalTo(FinanceClaims.AVOIDINC)), child)).as("p_inc"),
                countDistinct(when(notCarry.and(type.equalTo(FinanceClaims.STEPDOWN)), child)).as("p_stepped"),
                countDistinct(when(type.equalTo(FinanceClaims.STEPDOWN)
                    .and(notCarry.or(FinanceClaims.claimedInPartYear())), child)).as("p_stepped_all"),
                sum(when(type.equalTo(FinanceClaims.STEPDOWN), col("amount"))).as("p_step_down"),
                sum(when(type.equalTo(FinanceClaims.AVOID), col("amount"))).as("p_avoidance"),
                sum(when(type.equalTo(FinanceClaims.AVOIDINC), col("amount"))).as("p_increased"));
    Dataset<Row> targets =
        FinanceClaims.targets(in)
            .groupBy(col("financial_year").as("t_fy"))
            .agg(sum("target_amount").as("t_total"));

    Column zero = lit(0).cast(money);
    Column none = lit(0L);
    return FinanceClaims.financialYears(in)
        .join(byFy, col("financial_year").equalTo(col("p_fy")), "left")
        .join(targets, col("financial_year").equalTo(col("t_fy")), "left")
        .select(
            col("financial_year"),
            coalesce(col("p_avoided"), none).cast("bigint").as("children_avoided"),
            coalesce(col("p_inc"), none).cast("bigint").as("children_increased_cost_avoided"),
            coalesce(col("p_stepped"), none).cast("bigint").as("children_stepped_down"),
            coalesce(col("p_step_down"), zero).cast(money).as("step_down_savings"),
            coalesce(col("p_avoidance"), zero).cast(money).as("avoidance"),
            coalesce(col("p_increased"), zero).cast(money).as("increased_cost_avoidance"),
            coalesce(col("t_total"), zero).cast(money).as("target_total"),
            coalesce(col("p_stepped_all"), none).cast("bigint").as("children_stepped_down_incl_carry_over"))
        .withColumn(
            "combined_total",
            col("step_down_savings").plus(col("avoidance")).plus(col("increased_cost_avoidance")).cast(money))
        .withColumn("target_met", col("step_down_savings").geq(col("target_total")))
        .select(
            "financial_year",
            "children_avoided",
            "children_increased_cost_avoided",
            "children_stepped_down",
            "step_down_savings",
            "avoidance",
            "increased_cost_avoidance",
            "combined_total",
            "target_total",
            "target_met",
            "children_stepped_down_incl_carry_over");
  }
}
