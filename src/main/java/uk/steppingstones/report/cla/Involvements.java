package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;

/** "Working with Stepping Stones on d": an ss_involvement of the child open on d. */
final class Involvements {
  private Involvements() {}

  /**
   * Adds {@code with_ss} (boolean, never null) to rows keyed by (person_id, financial_year): true
   * when the child has an involvement open on the row's {@code dateColumn} (StartDate <= d and
   * EndDate empty or d <= EndDate, so one ending the day before is not open).
   */
  static Dataset<Row> withSs(ReportInputs in, Dataset<Row> rows, String dateColumn) {
    Dataset<Row> inv =
        in.table("ss_involvement")
            .select(col("person_id").as("i_person"), col("start_date").as("i_start"), col("end_date").as("i_end"));
    Dataset<Row> open =
        rows.join(
                inv,
                col("person_id").equalTo(col("i_person"))
                    .and(ReportColumns.openOn(col("i_start"), col("i_end"), col(dateColumn))),
                "left_semi")
            .select(col("person_id").as("o_person"), col("financial_year").as("o_fy"))
            .withColumn("o_open", lit(true));
    return rows
        .join(
            open,
            col("person_id").equalTo(col("o_person")).and(col("financial_year").equalTo(col("o_fy"))),
            "left")
        .withColumn("with_ss", coalesce(col("o_open"), lit(false)))
        .drop("o_person", "o_fy", "o_open");
  }
}
