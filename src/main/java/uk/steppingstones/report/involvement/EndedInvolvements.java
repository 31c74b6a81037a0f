package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportInputs;

/**
 * Involvements that ended on or before A, with {@code financial_year} = FY(EndDate) and
 * {@code duration_days} = EndDate - StartDate in days (outputs.md, involvement_duration_summary).
 * An EndDate after A has already been read as "not ended" by {@link ReportInputs}, so such an
 * involvement is not here. Shared by the two duration tables.
 */
final class EndedInvolvements {
  private EndedInvolvements() {}

  static Dataset<Row> of(ReportInputs in) {
    return in.shared("ended_involvements", () ->
        in.table("ss_involvement")
            .filter(col("end_date").isNotNull().and(col("end_date").leq(in.asOfDate())))
            .select(
                col("involvement_id"),
                col("person_id"),
                col("end_date"),
                FinancialYear.of(col("end_date")).as("financial_year"),
                datediff(col("end_date"), col("start_date")).as("duration_days")));
  }
}
