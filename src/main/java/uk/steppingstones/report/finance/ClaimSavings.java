package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
