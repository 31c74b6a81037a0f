package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;

/** The "children in the FY, of whom with_ss, pct" shape shared by the CLA entry and step-down tables. */
final class YearCounts {
  private YearCounts() {}

  /**
   * @param children one row per (person_id, financial_year) with boolean {@code with_ss}
   * @return financial_year, {@code countColumn} (BIGINT), with_ss (BIGINT), pct (DOUBLE); every FY
   *     from the first with a child through FY(A), zeros where none
   */
  static Dataset<Row> of(ReportInputs in, Dataset<Row> children, String countColumn) {
    return ReportColumns.perFinancialYear(children, in,
            count(lit(1)).as(countColumn), count(when(col("with_ss"), lit(1))).as("with_ss"))
        .withColumn("pct", ReportColumns.pct(col("with_ss"), col(countColumn)));
  }
}
