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
  public TableDoc doc() {
    return TableDoc.of(
        "night and file the night received (a successful run's as-of date, run and landing file)",
        "For the owners of the LCS and finance extracts: what became of each file a night received. Files "
            + "skipped as already loaded, and files rejected again unchanged, add no row; an unrecognised file name "
            + "counts on the first night it is seen. lines_read = loaded + quarantined for an ingested file; for a "
            + "file rejected whole, lines_read is the lines after its header. Counts by reason are in "
            + "data_quality_reasons.",
        ColumnDoc.key("night", "The night: the as-of date of the run that received the file."),
        ColumnDoc.key("run_id", "The nightly run that received the file."),
        ColumnDoc.value("run_started_at", "When that run started (UTC)."),
        ColumnDoc.key("dataset", "The landing dataset of the file (person, ss_involvement, lcs_form, ...)."),
        ColumnDoc.key("file", "The landing file name."),
        ColumnDoc.value("extract_date", "The extract date in the file name."),
        ColumnDoc.value("outcome", "ingested, rejected (whole file) or unrecognised (not a dataset of the contract)."),
        ColumnDoc.records("lines_read", "Records read from the file (the header not counted)."),
        ColumnDoc.records("loaded", "Records loaded into the lake."),
        ColumnDoc.records("quarantined", "Records set aside in ops.quarantine with file, line, column and reason."),
        ColumnDoc.records("superseded", "Loaded records that were not the current version of their key afterwards "
            + "(a newer version had arrived, in this file or before)."),
        ColumnDoc.value("rejected_file", "True when the file was rejected whole."),
        ColumnDoc.value("rejection_reason", "Why the file was rejected whole (e.g. a required column missing); "
            + "empty otherwise."),
        ColumnDoc.value("night_unknown_question_codes", "Current LCS answers whose question code no form table knows "
            + "(kept in raw only), counted on nights the form tables were rebuilt. A count of the whole night, the "
            + "same on each of its rows: summarise with Max, not Sum."),
        ColumnDoc.value("night_merge_cycles", "Person ids left on a merge cycle (MergedIntoPersonID going round "
            + "in a circle), counted on nights a person file came. A count of the whole night, the same on each of "
            + "its rows: summarise with Max, not Sum."));
  }

  /** Not listed: the counts are lines of landing files, not records of the report's inputs. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.unlisted(build(in), "they count lines of landing files from each night's accounting; the lines themselves are in ops.quarantine "
            + "(quarantined: file, line, column, reason) and in the raw tables (loaded: source_file, source_line)");
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
