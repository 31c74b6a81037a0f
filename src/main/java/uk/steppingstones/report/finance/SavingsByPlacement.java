package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.money;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.Detail;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code savings_by_placement}: FY x claim_type x saved placement category. {@code children}:
 * distinct children with a kept claim of that type and category whose EventDate is in the FY
 * (whatever its money, so a CountsForSavings = No category shows its children at 0.00, as the
 * report's "Internal Residential 3 (£0)"); {@code carry_over_children}: distinct children with a
 * carry-over part booked in the FY; {@code amount}: every part booked in the FY, carry-over
 * included. A claim without its saved category sits under a null placement_category. Only rows
 * with a child, a carry-over child or a non-zero amount.
 */
public final class SavingsByPlacement implements ReportTable {
  @Override
  public String name() {
    return "savings_by_placement";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year, claim type and placement category saved, where there is a child, a carry-over child or "
            + "a non-zero amount",
        "Children and money per placement category: the report's tables of placements vacated (Step Down) and "
            + "placements avoided (Cost Avoidance, Avoidance of Increased Cost). The category is the one saved: "
            + "PlacementFrom for a Step Down, PlacementAvoided otherwise. A category that does not count for savings "
            + "(CountsForSavings = No) shows its children with 0.00. Counts kept claims only (no duplicates), "
            + "including those carrying no money.",
        financialYear("the claims' EventDate for children; of the booked part for amount and carry_over_children"),
        key("claim_type", "Step Down, Cost Avoidance or Avoidance of Increased Cost."),
        key("placement_category", "The placement category saved, in the report's wording; empty for claims whose "
            + "saved category is unanswered."),
        children("children", "Distinct children with a kept claim of this type and category whose EventDate is in "
            + "the year, whatever its money. Children whose claim only carries over into this year are not here."),
        money("amount", "Every amount of these claims booked in the year: the parts in their EventDate's year and "
            + "the parts carried over from claims of the year before."),
        children("carry_over_children", "Distinct children with a carried-over part of such a claim booked in the "
            + "year: their EventDate is in the year before, and their window runs into this one. A child may count "
            + "here and in children."));
  }

  /** The claims of the year (children), every part booked (amount), the parts carried over. */
  @Override
  public Detail detail(ReportInputs in) {
    Column carry = col("is_carry_over");
    Dataset<Row> parts = FinanceClaims.parts(in)
        .withColumn("claim_type", FinanceClaims.claimTypeLabel(col("claim_type")))
        .withColumn("placement_category", FinanceClaims.categoryLabel(col("saved_category")))
        .withColumn("part_start", FinanceClaims.partStart());
    return Detail.of(parts,
        figure("children", Detail.CLAIM, "form_id", "event_date", "the claim's EventDate").where(not(carry)),
        figure("amount", Detail.CLAIM, "form_id", "part_start",
            "the part's first day: EventDate, or 1 April for a part carried over").amount("amount"),
        figure("carry_over_children", Detail.CLAIM, "form_id", "part_start",
            "1 April, the first day of the part carried over").where(carry));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Column carry = col("is_carry_over");
    return FinanceClaims.parts(in)
        .groupBy(
            col("financial_year"),
            FinanceClaims.claimTypeLabel(col("claim_type")).as("claim_type"),
            FinanceClaims.categoryLabel(col("saved_category")).as("placement_category"))
        .agg(
            countDistinct(when(not(carry), col("person_id"))).cast("bigint").as("children"),
            sum(col("amount")).cast(FinanceClaims.MONEY).as("amount"),
            countDistinct(when(carry, col("person_id"))).cast("bigint").as("carry_over_children"))
        .filter(col("children").gt(0).or(col("carry_over_children").gt(0)).or(col("amount").notEqual(0)));
  }
}
