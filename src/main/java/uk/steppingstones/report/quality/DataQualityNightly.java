package uk.steppingstones.report.quality;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code data_quality_nightly}: for the data owners, one row per night, dataset and file the night
 * received (see {@link NightFiles} for which files count): lines read, loaded, quarantined and
 * superseded, whether the file was rejected whole and why.
 *
 * <p>Two columns are counts of the whole night, the same on every row of that night (summarise
 * them with Max, not Sum): {@code night_unknown_question_codes}, current LCS answers whose
 * question code no form table knows (counted on nights the form tables were rebuilt), and
 * {@code night_merge_cycles}, person ids left on a merge cycle (counted on nights a person file
 * came). Counts by reason are in {@code data_quality_reasons}.
 */
public final class DataQualityNightly implements ReportTable {
  @Override
  public String name() {
    return "data_quality_nightly";
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> nights = NightFiles.nights(in)
        .select(
            col("run_id").as("n_run_id"),
            coalesce(aggregate(
                    filter(col("data_quality"), q -> q.getField("reason").startsWith("unknown question code")),
                    lit(0L), (acc, q) -> acc.plus(q.getField("rows"))), lit(0L))
                .cast("bigint").as("night_unknown_question_codes"),
            coalesce(size(col("merge_cycles")), lit(0)).cast("bigint").as("night_merge_cycles"));
    Column rejected = col("outcome").equalTo("rejected");
    Dataset<Row> files = NightFiles.files(in);
    return files
        .join(nights, files.col("run_id").equalTo(nights.col("n_run_id")), "left")
        .select(
            col("night"),
            col("run_id"),
            col("run_started_at"),
            col("dataset"),
            col("file"),
            col("extract_date"),
            col("outcome"),
            col("lines_read"),
            col("loaded"),
            col("quarantined"),
            col("superseded"),
            rejected.as("rejected_file"),
            when(rejected, col("message")).as("rejection_reason"),
            greatest(col("night_unknown_question_codes"), lit(0L)).as("night_unknown_question_codes"),
            greatest(col("night_merge_cycles"), lit(0L)).as("night_merge_cycles"));
  }
}
