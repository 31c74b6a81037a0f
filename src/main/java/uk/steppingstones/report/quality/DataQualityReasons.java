package uk.steppingstones.report.quality;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code data_quality_reasons}: the night's problems by reason, one row per night, dataset, file,
 * kind, column and reason, with the number of {@code lines}; a Power BI user slices by reason or
 * kind and sums lines. Kinds:
 *
 * <ul>
 *   <li>{@code quarantined}: lines of an ingested file set aside (ops/quarantine), by the first
 *       problem of the line;
 *   <li>{@code file rejected}: a file rejected whole; lines = the lines after its header;
 *   <li>{@code read as no value}: optional values that could not be read and were loaded as no
 *       value (the run record's data-quality counts; per dataset, so {@code file} is empty);
 *   <li>{@code unknown question code}: current LCS answers whose question code no form table
 *       knows (kept in raw only; per dataset, {@code file} empty).
 * </ul>
 */
public final class DataQualityReasons implements ReportTable {
  public static final String QUARANTINED = "quarantined";
  public static final String FILE_REJECTED = "file rejected";
  public static final String READ_AS_NO_VALUE = "read as no value";
  public static final String UNKNOWN_QUESTION_CODE = "unknown question code";

  @Override
  public String name() {
    return "data_quality_reasons";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "night, dataset, file, kind of problem, column and reason",
        "The night's data-quality problems by reason, for slicing and summing in Power BI. Kinds: quarantined "
            + "(lines of an ingested file set aside, by the first problem of the line), file rejected (a file "
            + "rejected whole: lines = the lines after its header), read as no value (optional values that could "
            + "not be read and were loaded as no value; per dataset, file empty) and unknown question code "
            + "(current LCS answers whose question code no form table knows; per dataset, file empty).",
        ColumnDoc.key("night", "The night: the as-of date of the run."),
        ColumnDoc.key("run_id", "The nightly run."),
        ColumnDoc.key("dataset", "The landing dataset."),
        ColumnDoc.key("file", "The landing file name; empty for problems counted per dataset."),
        ColumnDoc.key("kind", "quarantined, file rejected, read as no value or unknown question code."),
        ColumnDoc.key("column", "The column at fault (the extract's header name); empty for a line with the wrong "
            + "number of fields and for a file rejected whole."),
        ColumnDoc.key("reason", "What was wrong, in the words of the run summary (e.g. missing required value, "
            + "unreadable date, EndDate before StartDate), or why the file was rejected."),
        ColumnDoc.records("lines", "Lines (records, or values for read as no value) with this problem."));
  }

  /** Not listed: the counts are lines of landing files, not records of the report's inputs. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.unlisted(build(in), "they count lines of landing files from each night's accounting; the lines themselves are in ops.quarantine "
            + "(quarantined: file, line, column, reason) and in the raw tables (loaded: source_file, source_line)");
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> files = NightFiles.files(in);

    Dataset<Row> ingested = files.filter(col("outcome").equalTo("ingested"))
        .select(col("night"), col("run_id").as("f_run_id"), col("file").as("f_file"), col("checksum").as("f_checksum"));
    Dataset<Row> q = NightFiles.ops(in, "quarantine", NightFiles.QUARANTINE)
        .groupBy("run_id", "dataset", "source_file", "source_checksum", "column", "reason")
        .agg(count(lit(1)).as("lines"));
    Dataset<Row> quarantined = q
        .join(ingested, q.col("run_id").equalTo(col("f_run_id")).and(q.col("source_file").equalTo(col("f_file")))
            .and(q.col("source_checksum").equalTo(col("f_checksum"))))
        .select(col("night"), col("run_id"), col("dataset"), col("source_file").as("file"),
            lit(QUARANTINED).as("kind"), col("column"), col("reason"), col("lines"));

    Dataset<Row> rejected = files.filter(col("outcome").equalTo("rejected"))
        .select(col("night"), col("run_id"), col("dataset"), col("file"), lit(FILE_REJECTED).as("kind"),
            lit(null).cast("string").as("column"), col("message").as("reason"), col("lines_read").as("lines"));

    Column reason = col("q.reason");
    Dataset<Row> perDataset = NightFiles.nights(in)
        .select(col("night"), col("run_id"), explode(col("data_quality")).as("q"))
        .select(col("night"), col("run_id"), col("q.dataset").as("dataset"), lit(null).cast("string").as("file"),
            when(reason.startsWith("unknown question code"), lit(UNKNOWN_QUESTION_CODE))
                .otherwise(lit(READ_AS_NO_VALUE)).as("kind"),
            col("q.column").as("column"), reason.as("reason"), col("q.rows").as("lines"));

    return quarantined.unionByName(rejected).unionByName(perDataset)
        .select(col("night"), col("run_id"), col("dataset"), col("file"), col("kind"), col("column"), col("reason"),
            col("lines").cast("bigint").as("lines"));
  }
}
