package uk.steppingstones.nightly;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.TableDoc;

/**
 * One row per run in {@code ops/run_record}: when, as of which date, how it ended, and every
 * count of the night's accounting (per file, per dataset, quarantine reasons, data quality). It
 * also remembers the versions of the tables a successful run left behind, so the next night
 * rebuilds derived tables only when their inputs changed.
 */
public record RunRecord(
    String runId,
    Timestamp startedAt,
    Timestamp endedAt,
    LocalDate asOf,
    String status,
    int exitCode,
    String message,
    List<FileOutcome> files,
    List<DatasetIngest.ReasonCount> quarantineReasons,
    List<DatasetIngest.ReasonCount> dataQuality,
    List<String> mergeCycles,
    Map<String, Long> tableVersions,
    String reportFingerprint) {

  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";
  /** Another run held the lake: nothing was done, and no row is written for it. */
  public static final String LOCKED = "locked";
  /** The options or the key were missing or wrong: the job did not start, and no row is written. */
  public static final String REFUSED = "refused";

  private static final StructType REASON =
      new StructType().add("dataset", "string").add("column", "string").add("reason", "string").add("rows", "long");
  private static final StructType FILE =
      new StructType().add("file", "string").add("dataset", "string").add("outcome", "string")
          .add("checksum", "string").add("lines_read", "long").add("loaded", "long").add("quarantined", "long")
          .add("superseded", "long").add("message", "string");
  static final StructType SCHEMA =
      new StructType()
          .add("run_id", "string")
          .add("started_at", "timestamp")
          .add("ended_at", "timestamp")
          .add("as_of", "date")
          .add("status", "string")
          .add("exit_code", "int")
          .add("message", "string")
          .add("files", DataTypes.createArrayType(FILE))
          .add("quarantine_reasons", DataTypes.createArrayType(REASON))
          .add("data_quality", DataTypes.createArrayType(REASON))
          .add("merge_cycles", DataTypes.createArrayType(DataTypes.StringType))
          .add("table_versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
          .add("report_fingerprint", "string");

  /** The record of a run that did nothing: it was refused, found the lake held, or could not start. */
  static RunRecord nothingDone(String runId, java.time.Instant started, String status, int exitCode, String message) {
    return new RunRecord(runId, Timestamp.from(started), Timestamp.from(java.time.Instant.now()), null, status, exitCode,
        message, List.of(), List.of(), List.of(), List.of(), Map.of(), null);
  }

  Row toRow() {
    List<Row> fileRows = new ArrayList<>();
    for (FileOutcome f : files) {
      fileRows.add(RowFactory.create(f.file(), f.dataset(), f.outcome(), f.checksum(), f.linesRead(), f.loaded(),
          f.quarantined(), f.superseded(), f.message()));
    }
    return RowFactory.create(runId, startedAt, endedAt, asOf == null ? null : Date.valueOf(asOf), status, exitCode,
        message, fileRows, reasons(quarantineReasons), reasons(dataQuality), mergeCycles, tableVersions,
        reportFingerprint);
  }

  private static List<Row> reasons(List<DatasetIngest.ReasonCount> counts) {
    List<Row> rows = new ArrayList<>();
    counts.forEach(c -> rows.add(RowFactory.create(c.dataset(), c.column(), c.reason(), c.rows())));
    return rows;
  }

  static String path(Lake lake) {
    return lake.ops("run_record");
  }

  /** The schema of {@code ops/run_record}. */
  public static StructType schema() {
    return SCHEMA;
  }

  /** What {@code ops/run_record} holds. */
  public static final TableDoc DOC = TableDoc.of(
      "run of the nightly job that held the lake, succeeded or failed",
      "The night's accounting: what the run did, with every count of its summary. A run that found the lake held "
          + "by another, or whose options were refused, writes no row. The versions and fingerprint of the last "
          + "succeeded run decide what the next night rebuilds.",
      ColumnDoc.key("run_id", "The run: its start time (UTC, yyyyMMdd'T'HHmmss'Z') and a random suffix; also on the "
          + "raw rows, ledger entries and quarantine rows it wrote."),
      ColumnDoc.value("started_at", "When the run started."),
      ColumnDoc.value("ended_at", "When it ended."),
      ColumnDoc.value("as_of", "The report's as-of date: --as-of when given, else the latest extract date of any "
          + "file ingested so far; empty before any data."),
      ColumnDoc.value("status", "succeeded or failed."),
      ColumnDoc.value("exit_code", "0 done; 2 done, but a file was rejected whole; 1 failed, every table and export "
          + "file put back as before the run."),
      ColumnDoc.value("message", "The outcome in words; for a failed run, the error."),
      ColumnDoc.value("files", "Every landing file the run saw: file, dataset, outcome (ingested, skipped, rejected, "
          + "still rejected, unrecognised), checksum, lines_read, loaded, quarantined, superseded (older versions "
          + "that lost to a newer one) and message (why a file was rejected)."),
      ColumnDoc.value("quarantine_reasons", "Records quarantined tonight per dataset, column and reason (rows)."),
      ColumnDoc.value("data_quality", "Optional values that could not be read and became no value, per dataset, "
          + "column and reason (rows); and the current answers to question codes no form table knows."),
      ColumnDoc.value("merge_cycles", "Person ids on (or leading into) a cycle of merges, left as themselves."),
      ColumnDoc.value("table_versions", "The Delta version of each conformed and report table the run left behind "
          + "(a failed run: none)."),
      ColumnDoc.value("report_fingerprint", "A hash of the conformed versions, the as-of date, the code and the key: "
          + "the report is rebuilt only when it changes (empty for a failed run)."));

  /** What the last successful run left: its table versions, report fingerprint and as-of date. */
  record Previous(Map<String, Long> tableVersions, String reportFingerprint) {
    static final Previous NONE = new Previous(Map.of(), "");
  }

  /** The succeeded runs: every run_id, and what the last of them left. */
  record Succeeded(java.util.Set<String> runIds, Previous last) {
    static final Succeeded NONE = new Succeeded(java.util.Set.of(), Previous.NONE);
  }

  /** The succeeded runs, from one read of the run record; none before the first. */
  static Succeeded succeeded(Lake lake) {
    String path = path(lake);
    if (!lake.exists(path)) {
      return Succeeded.NONE;
    }
    Row r = lake.readCurrent(path)
        .filter(col("status").equalTo(SUCCEEDED))
        .agg(collect_list("run_id"), max_by(struct("table_versions", "report_fingerprint"), col("ended_at")))
        .first();
    Row last = r.getStruct(1);
    return new Succeeded(java.util.Set.copyOf(r.<String>getList(0)),
        last == null ? Previous.NONE : new Previous(last.<String, Long>getJavaMap(0), last.getString(1)));
  }
}
