package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.common.FinancialYear;

/**
 * The start set of an FY: for each child, their earliest involvement whose StartDate is in that FY;
 * d is that StartDate. Legal status, team and age "at start" are all read on d. Two involvements
 * starting on the same day give the same d; the smaller InvolvementID is named as the one.
 */
public final class StartSet {
  private StartSet() {}

  /** {@code person_id, financial_year, involvement_id, d}: one row per child and FY. */
  public static Dataset<Row> of(ReportInputs in) {
    return in.shared("start_set", () -> {
      var earliest =
          Window.partitionBy("person_id", "financial_year")
              .orderBy(col("start_date").asc(), ReportColumns.idOrder(col("involvement_id")).asc());
      return in.table("ss_involvement")
          .withColumn("financial_year", FinancialYear.of(col("start_date")))
          .withColumn("rank", row_number().over(earliest))
          .filter(col("rank").equalTo(1))
          .select(col("person_id"), col("financial_year"), col("involvement_id"), col("start_date").as("d"));
    });
  }
}
