package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.money;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.CHILD_KEY;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.Detail;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code claim_savings}: one row per kept claim and FY its window has days in (up to FY(A)).
 *
 * <p>Every kept claim is here, also one that carries no money (a needed category unanswered, or no
 * cost found): its {@code weekly_rate} is null, its {@code amount} 0.00 and {@code issue} says why
 * (the claim is also listed in {@code claim_exceptions}). {@code placement_category} is the saved
 * category (From for Step Down, Avoided otherwise), null when unanswered. Duplicates are not here.
 * Extra column: {@code issue}.
 */
public final class ClaimSavings implements ReportTable {
  @Override
  public String name() {
    return "claim_savings";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "kept claim and financial year its 52-week window has days in (up to the year of the as-of date)",
        "The money of every claim behind the finance figures. A claim is a completed Target Achievement Form "
            + "(SS_TAF) with ClaimType and EventDate answered and EventDate on or before the as-of date; two claims "
            + "of one child with the same ClaimType and EventDate are one claim, the earliest created kept (then the "
            + "smaller FormID) and the others listed in claim_exceptions as duplicates. A claim's window is the 364 "
            + "days from EventDate to EventDate + 363, so it falls in one or two financial years. A claim lacking a "
            + "category it needs, or whose cost is found nowhere, keeps its rows (its child still counts) with no "
            + "weekly_rate and amount 0.00, and is listed in claim_exceptions.",
        key("form_id", "LCS FormID of the SS_TAF form that makes the claim."),
        CHILD_KEY,
        value("claim_type", "Step Down, Cost Avoidance or Avoidance of Increased Cost (the form's ClaimType)."),
        value("event_date", "The day of the step down or avoidance (the form's EventDate): the first day of the "
            + "claim's window."),
        value("placement_category", "The placement category saved, in the report's wording: the placement vacated "
            + "(PlacementFrom) for a Step Down, the placement avoided (PlacementAvoided) otherwise; empty when "
            + "unanswered."),
        value("weekly_rate", "The saving per week in pounds. Step Down: weekly cost of the placement vacated (on the "
            + "day before EventDate) minus that of the one moved to (on EventDate), not below 0; Cost Avoidance: "
            + "weekly cost of the placement avoided; Avoidance of Increased Cost: cost of the placement avoided minus "
            + "the current one (on EventDate), not below 0. A placement vacated, moved to or currently held costs the "
            + "child's placement_cost of its category open on that day, else the category's unit_cost for the year "
            + "of EventDate; a placement avoided costs its unit_cost; Home and Independence cost 0. 0.00 when the "
            + "saved category does not count for savings that year (CountsForSavings = No); empty when the claim "
            + "carries no money (see issue)."),
        financialYear("this part of the window: the year of EventDate, or the year after for the part carried over"),
        value("days_in_fy", "Days of the claim's window inside this financial year (1 to 364)."),
        money("amount", "The claim's saving in this financial year: weekly_rate × days_in_fy / 7, rounded half up to "
            + "the penny; 0.00 when the claim carries no money."),
        value("booked_month", "The month the amount is booked in (its first day): EventDate's month for the part in "
            + "EventDate's year, April for a part carried over into the next year."),
        value("is_carry_over", "True for the part of the window in the year after EventDate's year (booked in April). "
            + "Such a part adds to that year's amounts; its child counts in the year of EventDate (and in that "
            + "year's carry_over_children and children_stepped_down_incl_carry_over)."),
        value("issue", "Why the claim carries no money: 'missing category' (a category its type needs is "
            + "unanswered) or 'no cost found' (neither a placement_cost nor a unit_cost for a needed category); "
            + "empty when it carries money."));
  }

  /** Each claim part with money: the amount of the row, dated by the part's first day. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(
        FinanceClaims.parts(in).withColumn("part_start", FinanceClaims.partStart()),
        figure("amount", Detail.CLAIM, "form_id", "part_start",
            "the part's first day in the year: EventDate, or 1 April for the part carried over").amount("amount"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return FinanceClaims.parts(in)
        .select(
            col("form_id"),
            in.childKey(col("person_id")).as("child_key"),
            FinanceClaims.claimTypeLabel(col("claim_type")).as("claim_type"),
            col("event_date").cast("date").as("event_date"),
            FinanceClaims.categoryLabel(col("saved_category")).as("placement_category"),
            col("weekly_rate").cast(FinanceClaims.MONEY).as("weekly_rate"),
            col("financial_year"),
            col("days_in_fy").cast("bigint").as("days_in_fy"),
            col("amount").cast(FinanceClaims.MONEY).as("amount"),
            col("booked_month").cast("date").as("booked_month"),
            col("is_carry_over").cast("boolean").as("is_carry_over"),
            col("issue"));
  }
}
