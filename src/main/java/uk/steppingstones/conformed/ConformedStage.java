package uk.steppingstones.conformed;

import static org.apache.spark.sql.functions.*;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.Progress;
import uk.steppingstones.conformed.form.FormAnswers;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.landing.DatasetContract;

/**
 * Keeps one current-state Delta table per dataset with MERGE: a night's records go in only where
 * they are newer versions (see {@link Versioning}); a deleted record stays as a tombstone so an
 * older version arriving later cannot bring it back. Readers take {@link #current}.
 */
public final class ConformedStage {
  public static final String SURVIVOR_MAP = "person_survivor";

  private final DeltaWriter writer;
  private final Lake lake;

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
   * Merges the night's records (conformed columns) into the dataset's table.
   *
   * @return how many of the records are now the table's current versions (inserted or updating an
   *     older version), from the write's own metrics; empty if Delta did not record them
   */
  public java.util.OptionalLong merge(DatasetContract dataset, Dataset<Row> records) {
    String path = lake.conformed(dataset.name());
    Dataset<Row> winners = Versioning.latestPerKey(records, dataset.key());
    writer.touch(path);
    if (!lake.exists(path)) {
      // The first write creates the table with its description and column comments; MERGE keeps them.
      long version = writer.overwrite(winners, path, dataset.doc());
      return lake.metric(path, version, "numOutputRows");
    }
    writer.describe(path, dataset.doc());
    long before = lake.version(path);
    String on = String.join(" AND ", dataset.key().stream().map(k -> "t." + k + " = s." + k).toList());
    DeltaTable.forPath(lake.spark(), path).as("t")
        .merge(winners.as("s"), on)
        .whenMatched(Versioning.newerThan("s", "t")).updateAll()
        .whenNotMatched().insertAll()
        .execute();
    long after = lake.version(path);
    if (after == before) {
      return java.util.OptionalLong.of(0);
    }
    return lake.metric(path, after, "numTargetRowsInserted", "numTargetRowsUpdated");
  }

  /** Re-points existing records of a dataset after person merges changed. */
  public void repoint(DatasetContract dataset, Dataset<Row> changes) {
    String path = lake.conformed(dataset.name());
    if (!lake.exists(path)) {
      return;
    }
    Progress.step("conformed", dataset.name() + " (re-point merged people)", () -> {
      writer.touch(path);
      DeltaTable.forPath(lake.spark(), path).as("t")
          .merge(changes.as("c"), "t.source_person_id = c.person_id")
          .whenMatched("t.person_id <> c.surviving_person_id")
          .updateExpr(Map.of("person_id", "c.surviving_person_id"))
          .execute();
      return changes.count();
    });
  }

  /** Current records of a conformed table: tombstones left out; empty if not built yet. */
  public Dataset<Row> current(String table) {
    String path = lake.conformed(table);
    if (!lake.exists(path)) {
      return ConformedTables.empty(lake.spark(), table);
    }
    Dataset<Row> t = lake.read(path);
    return java.util.Arrays.asList(t.columns()).contains("deleted") ? t.filter(not(col("deleted"))) : t;
  }

  /** The survivor map as last stored (empty before the first night). */
  public Dataset<Row> survivorMap() {
    String path = lake.conformed(SURVIVOR_MAP);
    return lake.exists(path)
        ? lake.read(path)
        : lake.spark().createDataFrame(List.<Row>of(), PersonMerges.MAP_SCHEMA);
  }

  public void saveSurvivorMap(Dataset<Row> map) {
    writer.overwrite(map, lake.conformed(SURVIVOR_MAP), PersonMerges.DOC);
  }

  /** Rebuilds a typed form table from the current form headers and answers. */
  public long rebuild(FormTable form, Dataset<Row> forms, Dataset<Row> winningAnswers) {
    return Progress.step("conformed", form.name(), () -> {
      String path = lake.conformed(form.name());
      long version = writer.overwrite(form.build(forms, winningAnswers), path, form.doc());
      return lake.metric(path, version, "numOutputRows").orElseGet(() -> lake.read(path).count());
    });
  }
}
