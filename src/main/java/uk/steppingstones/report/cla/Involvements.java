package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;

/** "Working with Stepping Stones on d": an ss_involvement of the child open on d. */
final class Involvements {
  private Involvements() {}

  /**
   * Adds {@code with_ss} (boolean, never null) to rows keyed by (person_id, financial_year): true
   * when the child has an involvement open on the row's {@code dateColumn} (StartDate <= d and
   * EndDate empty or d <= EndDate, so one ending the day before is not open); and
   * {@code ss_involvement_id}, the open involvement (the earliest started, then the smaller
   * InvolvementID) that the detail tables name.
   */
  static Dataset<Row> withSs(ReportInputs in, Dataset<Row> rows, String dateColumn) {
    Dataset<Row> inv =
        in.table("ss_involvement")
            .select(col("person_id").as("i_person"), col("involvement_id").as("i_id"), col("start_date").as("i_start"),
                col("end_date").as("i_end"));
    var earliest = Window.partitionBy("o_person", "o_fy")
        .orderBy(col("i_start").asc(), ReportColumns.idOrder(col("i_id")).asc());
    Dataset<Row> open =
        rows.select(col("person_id").as("o_person"), col("financial_year").as("o_fy"), col(dateColumn).as("o_day"))
            .join(
                inv,
                col("o_person").equalTo(col("i_person"))
                    .and(ReportColumns.openOn(col("i_start"), col("i_end"), col("o_day"))))
            .withColumn("rank", row_number().over(earliest))
            .filter(col("rank").equalTo(1))
            .select(col("o_person"), col("o_fy"), col("i_id").as("o_involvement"));
    return rows
        .join(
            open,
            col("person_id").equalTo(col("o_person")).and(col("financial_year").equalTo(col("o_fy"))),
            "left")
        .withColumn("with_ss", col("o_involvement").isNotNull())
        .withColumnRenamed("o_involvement", "ss_involvement_id")
        .drop("o_person", "o_fy");
  }
}
