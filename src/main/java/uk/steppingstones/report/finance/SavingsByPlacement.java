package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
