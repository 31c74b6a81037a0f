package uk.steppingstones.raw;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Runs;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Lineage;

/**
 * The raw (bronze) layer: every accepted row of every file, as the text that arrived (contract
 * columns by their contract names, extra columns in {@code extra_columns}), with file, line and
 * load time; and the quarantine of rows that could not be loaded. Personal columns never reach
 * either. A night adds its rows and removes any a run that did not succeed left ({@link Runs}), so
 * re-running a night after a failure does not duplicate anything.
 */
public final class RawStage {
  public static final String QUARANTINE = "quarantine";

  /** What {@code ops/quarantine} holds, in the order of {@link #quarantineRows}. */
  public static final TableDoc QUARANTINE_DOC = TableDoc.of(
      "landing record that could not be loaded",
      "Records of accepted files that could not be loaded, with the reason, so they can be corrected at source: a "
          + "key or required value missing or unreadable, a field count that differs from the header's, or a broken "
          + "record rule (EndDate before StartDate, negative money). Names (Forename, Surname) are never kept, and a "
          + "record with the wrong number of fields keeps no values at all. Re-running a night replaces the rows of "
          + "the same files.",
      ColumnDoc.value("run_id", "The run that read the file (see run_record)."),
      ColumnDoc.value("dataset", "The dataset of the file."),
      ColumnDoc.key("source_file", "The landing file."),
      ColumnDoc.key("source_line", "The line of the file the record starts on (the header is line 1)."),
      ColumnDoc.value("column", "The extract column of the first problem; empty for a wrong number of fields."),
      ColumnDoc.value("reason", "The first problem: missing required value, unreadable <kind>, unknown code, wrong "
          + "number of fields, or the broken rule (e.g. EndDate before StartDate)."),
      ColumnDoc.value("problems", "Every problem of the record, each 'column: reason'."),
      ColumnDoc.value("record", "The record's values as text by extract column (extra columns included, names "
          + "left out); empty for a record with the wrong number of fields."),
      ColumnDoc.value("source_checksum", "The file's checksum (SHA-256), as in ingest_ledger."),
      ColumnDoc.value("quarantined_at", "When the run that read the file started."));

  private final DeltaWriter writer;
  private final Runs runs;

  /** @param runs tonight's run and the succeeded ones: raw and quarantine rows name their run */
  public RawStage(DeltaWriter writer, Runs runs) {
    this.writer = writer;
    this.runs = runs;
  }

  /** The raw columns of accepted parsed rows. */
  public static Dataset<Row> rawRows(Dataset<Row> parsed, String runId, java.sql.Timestamp loadedAt) {
    return parsed.select(
        col("record.*"),
        col("extra_columns"),
        col(Lineage.SOURCE_FILE),
        col(Lineage.SOURCE_LINE),
        col(Lineage.FILE_RANK),
        col("source_checksum"),
        lit(runId).as("run_id"),
        lit(loadedAt).as("loaded_at"));
  }

  /**
   * Quarantine rows of rejected parsed rows: the first problem's column and reason, every
   * problem, and the record's values by header (none for a row with the wrong number of fields,
   * where no value can be trusted to be in its column, a name included).
   */
  public static Dataset<Row> quarantineRows(Dataset<Row> parsed, DatasetContract dataset, String runId,
      java.sql.Timestamp at) {
    List<Column> kv = new ArrayList<>();
    for (ContractColumn c : dataset.columns()) {
      kv.add(lit(c.header()));
      kv.add(col("record." + c.header()));
    }
    Column values = map_concat(map(kv.toArray(Column[]::new)), col("extra_columns"));
    return parsed.select(
        lit(runId).as("run_id"),
        lit(dataset.name()).as("dataset"),
        col(Lineage.SOURCE_FILE),
        col(Lineage.SOURCE_LINE),
        element_at(col("problems"), 1).getField("column").as("column"),
        element_at(col("problems"), 1).getField("reason").as("reason"),
        transform(col("problems"), p -> concat_ws(": ", p.getField("column"), p.getField("reason"))).as("problems"),
        when(col("malformed"), map().cast("map<string,string>")).otherwise(values).as("record"),
        col("source_checksum"),
        lit(at).as("quarantined_at"));
  }

  /** SQL predicate selecting the rows of the given files (name -> checksum). */
  public static String ofFiles(Map<String, String> files) {
    return String.join(" OR ", files.entrySet().stream()
        .map(e -> "(" + Lineage.SOURCE_FILE + " = '" + e.getKey() + "' AND source_checksum = '" + e.getValue() + "')")
        .toList());
  }

  /**
   * Adds the rows of the night's files; rows a stopped run left (of these files or others) are
   * replaced in the same commit.
   *
   * @param rows how many rows {@code rawRows} holds
   * @return whether raw held rows of runs that did not succeed (a run stopped part-way wrote them)
   */
  public boolean writeRaw(String path, Dataset<Row> rawRows, Map<String, String> files, long rows) {
    // Files without a loaded record add nothing: no commit, unless a stopped run's rows are to go.
    if (rows == 0 && writer.lake().exists(path) && runs.clean(writer.lake().lastWritingRun(path))) {
      return false;
    }
    return writer.appendForRun(rawRows, path, ofFiles(files), runs);
  }

  public void writeQuarantine(String path, Dataset<Row> rows, Map<String, String> files) {
    writer.appendForRun(rows, path, ofFiles(files), runs, QUARANTINE_DOC);
  }
}
