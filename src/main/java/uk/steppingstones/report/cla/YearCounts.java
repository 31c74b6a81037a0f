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
    Dataset<Row> counts =
        children
            .groupBy(col("financial_year").as("fy"))
            .agg(
                count(lit(1)).as("n"),
                sum(when(col("with_ss"), 1L).otherwise(0L)).as("n_ss"));
    Dataset<Row> years = ReportColumns.financialYears(children, in);
    return years
        .join(counts, col("financial_year").equalTo(col("fy")), "left")
        .select(
            col("financial_year"),
            coalesce(col("n"), lit(0L)).as(countColumn),
            coalesce(col("n_ss"), lit(0L)).cast("bigint").as("with_ss"))
        .withColumn("pct", ReportColumns.pct(col("with_ss"), col(countColumn)))
        .orderBy("financial_year");
  }
}
