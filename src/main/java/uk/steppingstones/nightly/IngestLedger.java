package uk.steppingstones.nightly;


import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.Runs;
import uk.steppingstones.common.TableDoc;

/**
 * The ingest ledger: every landing file the pipeline has ingested or rejected, with its checksum
 * and counts. It decides what a night skips (same name, same checksum) and what it takes again
 * as a correction (same name, new checksum), and it dates the data (the as-of date).
 */
public final class IngestLedger {
  public static final StructType SCHEMA =
      new StructType()
          .add("file_name", DataTypes.StringType, false)
          .add("dataset", DataTypes.StringType, false)
          .add("extract_date", DataTypes.DateType, false)
          .add("same_day_number", DataTypes.IntegerType, false)
          .add("revision", DataTypes.IntegerType, false)
          .add("file_rank", DataTypes.LongType, false)
          .add("checksum", DataTypes.StringType, false)
          .add("size_bytes", DataTypes.LongType, false)
          .add("lines_read", DataTypes.LongType, false)
          .add("loaded", DataTypes.LongType, false)
          .add("quarantined", DataTypes.LongType, false)
          .add("superseded", DataTypes.LongType, false)
          .add("outcome", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, true)
          .add("run_id", DataTypes.StringType, false)
          .add("recorded_at", DataTypes.TimestampType, false);

  /** What {@code ops/ingest_ledger} holds, in {@link #SCHEMA}'s order. */
  public static final TableDoc DOC = TableDoc.of(
      "landing file ingested or rejected whole, per run that took it (a correction is a new row)",
      "Every landing file the pipeline has ingested or rejected, with its checksum and counts. It decides what a "
          + "night skips (the same name and checksum again) and what it takes again as a correction (the same name, "
          + "new content), and it dates the data: the as-of date defaults to the latest extract date ingested. "
          + "Files skipped or unrecognised are not entered (the run record lists them). For each ingested file "
          + "lines_read = loaded + quarantined.",
      ColumnDoc.key("file_name", "The landing file's name, <dataset>_<yyyyMMdd>[_<n>].csv."),
      ColumnDoc.value("dataset", "The dataset the file belongs to."),
      ColumnDoc.value("extract_date", "The extract date in the file's name."),
      ColumnDoc.value("same_day_number", "n of a second (third, ...) extract on the same day; 0 for the first."),
      ColumnDoc.value("revision", "How many other contents of this file name were ingested before: 0 for the "
          + "original, 1 for the first correction, ..."),
      ColumnDoc.value("file_rank", "The file's order among all extracts (extract date, same-day number, revision): "
          + "on a LastModified tie the later file wins."),
      ColumnDoc.key("checksum", "SHA-256 of the file's bytes."),
      ColumnDoc.value("size_bytes", "The file's size in bytes."),
      ColumnDoc.records("lines_read", "Records in the file (for a file rejected whole, the lines after the "
          + "header)."),
      ColumnDoc.records("loaded", "Records loaded into raw and merged into the conformed table."),
      ColumnDoc.records("quarantined", "Records sent to quarantine."),
      ColumnDoc.records("superseded", "Loaded records that were not the current version of their key after the "
          + "night's merge: a newer version was already kept or arrived the same night."),
      ColumnDoc.value("outcome", "ingested or rejected (the whole file: not UTF-8, no header, a column named twice, "
          + "or a required column missing)."),
      ColumnDoc.value("message", "Why the file was rejected, naming the file and column; empty when ingested."),
      ColumnDoc.value("run_id", "The run that took the file (see run_record)."),
      ColumnDoc.value("recorded_at", "When that run started."));

  /** One earlier entry, as the planner needs it. */
  public record Entry(String fileName, String checksum, String outcome, LocalDate extractDate) {}

  private final Lake lake;
  private final String path;

  public IngestLedger(Lake lake) {
    this.lake = lake;
    this.path = lake.ops("ingest_ledger");
  }

  /**
   * Removes the entries of runs that did not succeed. A night's run record is its commit point,
   * written after the ledger: a run killed outright between the two has entered its files, but the
   * report tables and the run record (the data-quality tables' account of the night) do not show
   * them as its own. Forgetting its entries makes the next run take those files again and enter
   * them once, as an undisturbed night would have.
   *
   * <p>The ledger is read only when its newest write was not a succeeded run's ({@link Runs}):
   * every other night it holds succeeded runs' entries alone.
   *
   * @return the runs whose entries were removed
   */
  public List<String> forgetUnfinished(DeltaWriter writer, Runs runs) {
    if (!lake.exists(path) || runs.clean(lake.lastWritingRun(path))) {
      return List.of();
    }
    List<String> unfinished = lake.readCurrent(path).select("run_id").distinct()
        .filter(functions.not(functions.col("run_id").isin(runs.succeeded().toArray())))
        .as(Encoders.STRING()).collectAsList();
    if (!unfinished.isEmpty()) {
      writer.touch(path);
      DeltaTable.forPath(lake.spark(), path).delete(functions.col("run_id").isin(unfinished.toArray()));
    }
    return unfinished;
  }

  /** Every earlier entry (the ledger is one small row per file ever landed). */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    if (!lake.exists(path)) {
      return entries;
    }
    for (Row r : lake.readCurrent(path).select("file_name", "checksum", "outcome", "extract_date").collectAsList()) {
      entries.add(new Entry(r.getString(0), r.getString(1), r.getString(2), r.getDate(3).toLocalDate()));
    }
    return entries;
  }

  /** The latest extract date among ingested files: the default as-of date. */
  public static Optional<LocalDate> latestIngested(List<Entry> entries) {
    return entries.stream().filter(e -> e.outcome().equals(FileOutcome.INGESTED))
        .map(Entry::extractDate).max(LocalDate::compareTo);
  }

  /** @return the entries written */
  public long record(DeltaWriter writer, List<FileOutcome> files, String runId, Timestamp at) {
    List<Row> rows = new ArrayList<>();
    for (FileOutcome f : files) {
      // A file that could not be read has no checksum: not entered, so it is tried again every night.
      if (!f.outcome().equals(FileOutcome.INGESTED) && !f.outcome().equals(FileOutcome.REJECTED) || f.checksum() == null) {
        continue;
      }
      rows.add(RowFactory.create(f.file(), f.dataset(), Date.valueOf(f.extractDate()), f.sameDayNumber(),
          f.revision(), f.fileRank(), f.checksum(), f.sizeBytes(), f.linesRead(), f.loaded(), f.quarantined(),
          f.superseded(), f.outcome(), f.message(), runId, at));
    }
    if (!rows.isEmpty()) {
      writer.append(lake.spark().createDataFrame(rows, SCHEMA), path, DOC);
    }
    return rows.size();
  }

}
