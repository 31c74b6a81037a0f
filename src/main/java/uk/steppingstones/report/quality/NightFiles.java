package uk.steppingstones.report.quality;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.report.ReportInputs;

/**
 * The files each successful night received, read from {@code ops/run_record} (tonight's run
 * included, see {@link ReportInputs#withOps}): one row per night and file that brought something
 * the data owners should see.
 *
 * <ul>
 *   <li>{@code ingested} and {@code rejected} files: every delivery, once, on the night it came.
 *   <li>{@code unrecognised} files (a name that is not a dataset of the contract): on the first
 *       night the name was seen only; the job leaves them in landing, so later nights list them
 *       again.
 *   <li>{@code skipped} and {@code still rejected} files are the same content as before and add
 *       nothing.
 * </ul>
 *
 * Failed runs are left out: their work was rolled back and the next run ingests their files again.
 */
final class NightFiles {
  private NightFiles() {}

  static final String UNRECOGNISED_DATASET = "(unrecognised)";

  /** The columns of ops/run_record these tables read; used for an empty frame before any run. */
  static final StructType RUN_RECORD = StructType.fromDDL(
      "run_id STRING, started_at TIMESTAMP, as_of DATE, status STRING, "
          + "files ARRAY<STRUCT<file: STRING, dataset: STRING, outcome: STRING, checksum: STRING, lines_read: BIGINT, "
          + "loaded: BIGINT, quarantined: BIGINT, superseded: BIGINT, message: STRING>>, "
          + "data_quality ARRAY<STRUCT<dataset: STRING, column: STRING, reason: STRING, rows: BIGINT>>, "
          + "merge_cycles ARRAY<STRING>");

  /** The columns of ops/quarantine these tables read (never the record itself). */
  static final StructType QUARANTINE = StructType.fromDDL(
      "run_id STRING, dataset STRING, source_file STRING, source_line BIGINT, column STRING, reason STRING, "
          + "source_checksum STRING");

  /** Successful runs: run_id, night (its as-of date), run_started_at, data_quality, merge_cycles. */
  static Dataset<Row> nights(ReportInputs in) {
    return ops(in, "run_record", RUN_RECORD)
        .filter(col("status").equalTo("succeeded").and(col("as_of").isNotNull()))
        .select(col("run_id"), col("as_of").as("night"), col("started_at").as("run_started_at"), col("files"),
            col("data_quality"), col("merge_cycles"));
  }

  /**
   * One row per night and file: night, run_id, run_started_at, dataset, file, checksum,
   * extract_date, outcome, lines_read, loaded, quarantined, superseded, message.
   */
  static Dataset<Row> files(ReportInputs in) {
    Column outcome = col("f.outcome");
    Dataset<Row> all = nights(in)
        .select(col("night"), col("run_id"), col("run_started_at"), explode(col("files")).as("f"))
        .filter(outcome.isin("ingested", "rejected", "unrecognised"));
    Column firstSighting = row_number().over(Window.partitionBy(col("f.file")).orderBy(col("run_started_at"), col("run_id")));
    return all
        .withColumn("sighting", when(outcome.equalTo("unrecognised"), firstSighting).otherwise(lit(1)))
        .filter(col("sighting").equalTo(1))
        .select(
            col("night"),
            col("run_id"),
            col("run_started_at"),
            coalesce(col("f.dataset"), lit(UNRECOGNISED_DATASET)).as("dataset"),
            col("f.file").as("file"),
            col("f.checksum").as("checksum"),
            to_date(regexp_extract(col("f.file"), "_(\\d{8})(?:_\\d{1,3})?\\.csv$", 1), "yyyyMMdd").as("extract_date"),
            outcome.as("outcome"),
            col("f.lines_read").as("lines_read"),
            col("f.loaded").as("loaded"),
            col("f.quarantined").as("quarantined"),
            col("f.superseded").as("superseded"),
            // The run record's message names the file first ("x.csv: missing required column ...").
            when(col("f.message").startsWith(concat(col("f.file"), lit(": "))),
                expr("substr(f.message, length(f.file) + 3)")).otherwise(col("f.message")).as("message"));
  }

  /** An operations table, or an empty frame of the given columns when the lake has none yet. */
  static Dataset<Row> ops(ReportInputs in, String name, StructType columns) {
    return in.ops(name).orElseGet(() -> SparkSession.active().createDataFrame(List.<Row>of(), columns));
  }
}
