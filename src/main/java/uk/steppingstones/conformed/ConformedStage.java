package uk.steppingstones.conformed;

import static org.apache.spark.sql.functions.*;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.Checkpoint;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.Progress;
import uk.steppingstones.conformed.form.FormAnswers;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.landing.DatasetContract;

/**
 * Keeps one current-state Delta table per dataset: a night's records go in only where they are
 * newer versions (see {@link Versioning}); a deleted record stays as a tombstone so an
 * older version arriving later cannot bring it back. Readers take {@link #current}.
 */
public final class ConformedStage {
  public static final String SURVIVOR_MAP = "person_survivor";

  private final DeltaWriter writer;
  private final Lake lake;
  /**
   * Tables as this stage wrote them tonight, kept (local checkpoints) for the stages after it: the
   * form tables and the report read them from here rather than from their files again.
   */
  private final Map<String, Dataset<Row>> written = new ConcurrentHashMap<>();

  public ConformedStage(DeltaWriter writer) {
    this.writer = writer;
    this.lake = writer.lake();
  }

  /** The conformed columns, in table order, from a frame of parsed (and re-pointed) records. */
  public static Dataset<Row> conformedColumns(Dataset<Row> parsed, DatasetContract dataset) {
    List<Column> cols = new ArrayList<>();
    for (var f : dataset.conformedSchema().fields()) {
      cols.add(col(f.name()));
    }
    return parsed.select(cols.toArray(Column[]::new));
  }

  /**
   * What a merge left: the rows the write made current, when its own metrics say (a new table's
   * first write); and the table as written, to count from without reading it back (kept until
   * {@link #release()}).
   */
  public record Merged(java.util.OptionalLong written, Dataset<Row> table) {}

  /**
   * Merges the night's records (conformed columns) into the dataset's table: each key's newest
   * version ({@link Versioning#applyNewer}), the table rewritten whole in one commit. Not a Delta
   * MERGE: that replays the table's log with Spark jobs (its files, then its size) and joins the
   * table twice (to find the files touched, then to rewrite them, which for tables of a file or two
   * is every file), where this reads the files the log names and writes once.
   */
  public Merged merge(DatasetContract dataset, Dataset<Row> records) {
    String path = lake.conformed(dataset.name());
    Dataset<Row> winners = Versioning.latestPerKey(records, dataset.key());
    writer.touch(path);
    if (!lake.exists(path)) {
      // The first write creates the table with its description and column comments.
      Dataset<Row> table = keep(dataset.name(), winners);
      long version = writer.overwrite(table, path, dataset.doc());
      return new Merged(lake.metric(path, version, "numOutputRows"), table);
    }
    Dataset<Row> table = keep(dataset.name(), Versioning.applyNewer(lake.readCurrent(path), winners, dataset.key()));
    writer.overwrite(table, path, dataset.doc());
    return new Merged(java.util.OptionalLong.empty(), table);
  }

  /** The rows about to be written as {@code table}, kept once the write computes them. */
  private Dataset<Row> keep(String table, Dataset<Row> rows) {
    forget(table);
    Dataset<Row> kept = Checkpoint.shared(rows);
    written.put(table, kept);
    return kept;
  }

  /** Frees what was kept of {@code table}: it is about to change, and is read from the lake again. */
  private void forget(String table) {
    Dataset<Row> before = written.remove(table);
    if (before != null) {
      Checkpoint.free(before);
    }
  }

  /** Whether {@link #current} of {@code table} reads rows this stage kept tonight (no file read). */
  public boolean kept(String table) {
    return written.containsKey(table);
  }

  /** Frees the tables kept since the stage was made, once no stage will read them. */
  public void release() {
    written.values().forEach(Checkpoint::free);
    written.clear();
  }

  /** Re-points existing records of a dataset after person merges changed. */
  public void repoint(DatasetContract dataset, Dataset<Row> changes) {
    String path = lake.conformed(dataset.name());
    if (!lake.exists(path)) {
      return;
    }
    Progress.step("conformed", dataset.name() + " (re-point merged people)", () -> {
      writer.touch(path);
      forget(dataset.name());
      DeltaTable.forPath(lake.spark(), path).as("t")
          .merge(changes.as("c"), "t.source_person_id = c.person_id")
          .whenMatched("t.person_id <> c.surviving_person_id")
          .updateExpr(Map.of("person_id", "c.surviving_person_id"))
          .execute();
      return changes.count();
    });
  }

  /**
   * Current records of a conformed table: tombstones left out; empty if not built yet. A table
   * written tonight is read from what the write kept.
   */
  public Dataset<Row> current(String table) {
    String path = lake.conformed(table);
    Dataset<Row> t = written.get(table);
    if (t == null && !lake.exists(path)) {
      return ConformedTables.empty(lake.spark(), table);
    }
    t = t != null ? t : lake.readCurrent(path);
    return java.util.Arrays.asList(t.columns()).contains("deleted") ? t.filter(not(col("deleted"))) : t;
  }

  /** The survivor map as last stored (empty before the first night). */
  public Dataset<Row> survivorMap() {
    String path = lake.conformed(SURVIVOR_MAP);
    return lake.exists(path)
        ? lake.readCurrent(path)
        : lake.spark().createDataFrame(List.<Row>of(), PersonMerges.MAP_SCHEMA);
  }

  public void saveSurvivorMap(Dataset<Row> map) {
    writer.overwrite(map, lake.conformed(SURVIVOR_MAP), PersonMerges.DOC);
  }

  /** Rebuilds a typed form table from the current form headers and answers. */
  public long rebuild(FormTable form, Dataset<Row> forms, Dataset<Row> winningAnswers) {
    return Progress.step("conformed", form.name(), () -> {
      String path = lake.conformed(form.name());
      long version = writer.overwrite(keep(form.name(), form.build(forms, winningAnswers)), path, form.doc());
      return lake.metric(path, version, "numOutputRows").orElseGet(() -> lake.read(path).count());
    });
  }
}
