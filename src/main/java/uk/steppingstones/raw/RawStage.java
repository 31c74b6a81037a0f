package uk.steppingstones.raw;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Lineage;

/**
 * The raw (bronze) layer: every accepted row of every file, as the text that arrived (contract
 * columns by their contract names, extra columns in {@code extra_columns}), with file, line and
 * load time; and the quarantine of rows that could not be loaded. Personal columns never reach
 * either. Writes replace the rows of the same files, so re-running a night after a failure does
 * not duplicate anything.
 */
public final class RawStage {
  public static final String QUARANTINE = "quarantine";

  private final DeltaWriter writer;

  public RawStage(DeltaWriter writer) {
    this.writer = writer;
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

  public void writeRaw(String path, Dataset<Row> rawRows, Map<String, String> files) {
    writer.replaceWhere(rawRows, path, ofFiles(files));
  }

  public void writeQuarantine(String path, Dataset<Row> rows, Map<String, String> files) {
    writer.replaceWhere(rows, path, ofFiles(files));
  }
}
