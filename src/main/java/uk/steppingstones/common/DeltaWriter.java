package uk.steppingstones.common;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.DeltaOperations;
import org.apache.spark.sql.delta.OptimisticTransaction;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.Metadata;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Every write of a run goes through here, so a failed run can be undone: before a table is first
 * written in the run its version is noted, and {@link #rollback()} restores each touched table to
 * that version (or removes a table the run created). Each single write is atomic (Delta); this
 * makes the run as a whole leave published tables as they were when it fails.
 *
 * <p>A write given a {@link TableDoc} also describes the table: the columns carry their
 * descriptions as comments and the table its description, as {@code DESCRIBE TABLE [EXTENDED]}
 * shows them. This costs no commit of its own on a night: a new table is created with both in its
 * first commit, and an overwrite carries the column comments in its schema while the description
 * stays. Only a table written before its description (or a column's) last changed is brought in
 * line, once, with one commit for the columns and one for the description.
 */
public final class DeltaWriter {
  private static final Seq<String> NO_PARTITIONS = JavaConverters.asScalaBuffer(new ArrayList<String>()).toSeq();
  private final Lake lake;
  private final Map<String, Long> versionsBefore = new LinkedHashMap<>();

  public DeltaWriter(Lake lake) {
    this.lake = lake;
  }

  public Lake lake() {
    return lake;
  }

  /** Notes the table's version before the run's first write to it; call before writing. */
  public synchronized void touch(String path) {
    versionsBefore.computeIfAbsent(path, lake::version);
  }

  /** Replaces the table's contents (and schema) in one commit. */
  public void overwrite(Dataset<Row> rows, String path) {
    touch(path);
    if (!overwriteKnownFiles(rows, path)) {
      rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
    }
  }

  /**
   * An overwrite of an existing table whose files its log names plainly ({@link
   * Lake#knownFiles}), committed with Delta's transaction API: the rows written as new
   * files, the named files removed. Delta's own overwrite first replays the table's log (Spark
   * jobs per table: half of a night's report stage when every table exists), only to learn those
   * files. The commit is the one Delta's overwrite makes (operation WRITE, mode Overwrite), so the
   * next night can do the same.
   *
   * @return false, having written nothing, unless the files are known and the schema is the table's
   */
  private boolean overwriteKnownFiles(Dataset<Row> rows, String path) {
    Lake.KnownFiles known = lake.knownFiles(path).orElse(null);
    if (known == null || !nullable(rows.schema()).equals(known.snapshot().metadata().schema())) {
      return false;
    }
    OptimisticTransaction txn =
        known.snapshot().deltaLog().startTransaction(Option.empty(), Option.apply(known.snapshot()));
    txn.readWholeTable();
    long now = System.currentTimeMillis();
    commit(txn, rows, known.files().stream().map(f -> (Action) f.removeWithTimestamp(now, true)).toList(),
        write(SaveMode.Overwrite));
    return true;
  }

  /** The schema as a Delta table stores it: every column, element and value nullable. */
  private static StructType nullable(StructType schema) {
    StructField[] fields = schema.fields().clone();
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      fields[i] = new StructField(f.name(), nullable(f.dataType()), true, f.metadata());
    }
    return new StructType(fields);
  }

  private static DataType nullable(DataType type) {
    if (type instanceof StructType s) {
      return nullable(s);
    }
    if (type instanceof ArrayType a) {
      return new ArrayType(nullable(a.elementType()), true);
    }
    if (type instanceof MapType m) {
      return new MapType(nullable(m.keyType()), nullable(m.valueType()), true);
    }
    return type;
  }

  /**
   * Replaces just the rows matching {@code predicate} with {@code rows}, in one commit; on a new
   * table, creates it. Re-running the same write leaves the table as it was.
   *
   * @return whether the table held rows matching {@code predicate} (its commit removed files)
   */
  public boolean replaceWhere(Dataset<Row> rows, String path, String predicate) {
    touch(path);
    if (lake.exists(path)) {
      rows.write().format("delta").mode("overwrite").option("replaceWhere", predicate).save(path);
      return lake.removedFiles(path, lake.version(path));
    }
    if (!create(rows, path, null)) {
      rows.write().format("delta").mode("overwrite").save(path);
    }
    return false;
  }

  /**
   * Adds a run's rows to a table whose rows each name their run ({@code run_id}), leaving no rows
   * of runs that never succeeded ({@link Runs}): when the table's newest write was a succeeded
   * run's there are none, and the rows are appended without reading the table; otherwise one commit
   * writes them and removes the rows matching {@code predicate} (which the rows must match) and the
   * rows of every unfinished run. On a new table, creates it.
   *
   * @return whether the commit removed rows
   */
  public boolean appendForRun(Dataset<Row> rows, String path, String predicate, Runs runs) {
    if (runs.clean(lake.lastWritingRun(path))) {
      append(rows, path);
      return false;
    }
    return replaceWhere(rows, path, withUnfinished(predicate, runs));
  }

  /** {@link #appendForRun(Dataset, String, String, Runs)}, the table and its columns described by {@code doc}. */
  public void appendForRun(Dataset<Row> rows, String path, String predicate, Runs runs, TableDoc doc) {
    if (runs.clean(lake.lastWritingRun(path))) {
      append(rows, path, doc);
    } else {
      replaceWhere(rows, path, withUnfinished(predicate, runs), doc);
    }
  }

  private static String withUnfinished(String predicate, Runs runs) {
    return "(" + predicate + ") OR (" + runs.unfinishedRows() + ")";
  }

  public void append(Dataset<Row> rows, String path) {
    touch(path);
    if (!appendSameSchema(rows, path)) {
      rows.write().format("delta").mode("append").option("mergeSchema", "true").save(path);
    }
  }

  /**
   * An append to an existing table whose schema the rows have, committed with Delta's transaction
   * API as Delta's own append commits it (operation WRITE, mode Append, a blind append). The
   * writer's append first resolves the table as a relation, plans the write as a command and, once
   * committed, builds the table's relation again (a night appends to every raw table it reads a file
   * for). A new column (a contract that grew) takes the writer's append, which merges the schema.
   *
   * @return false, having written nothing, unless the table exists unpartitioned with the rows' schema
   */
  private boolean appendSameSchema(Dataset<Row> rows, String path) {
    if (!lake.exists(path)) {
      return false;
    }
    Snapshot snapshot = lake.snapshot(path);
    if (!snapshot.metadata().partitionColumns().isEmpty()
        || !nullable(rows.schema()).equals(snapshot.metadata().schema())) {
      return false;
    }
    OptimisticTransaction txn = snapshot.deltaLog().startTransaction(Option.empty(), Option.apply(snapshot));
    commit(txn, rows, List.of(), write(SaveMode.Append));
    return true;
  }

  /**
   * {@link #overwrite(Dataset, String)}, the table and its columns described by {@code doc}.
   *
   * @return the version of the commit that holds the rows (a description may follow it)
   */
  public long overwrite(Dataset<Row> rows, String path, TableDoc doc) {
    touch(path);
    Dataset<Row> commented = doc.comment(rows);
    if (create(commented, path, doc.description())) {
      return 0;
    }
    overwrite(commented, path);
    // The night holds the lake, so the newest commit is this write's.
    long version = lake.version(path);
    describe(path, doc);
    return version;
  }

  /** {@link #replaceWhere(Dataset, String, String)}, the table and its columns described by {@code doc}. */
  public void replaceWhere(Dataset<Row> rows, String path, String predicate, TableDoc doc) {
    touch(path);
    if (!create(doc.comment(rows), path, doc.description())) {
      replaceWhere(rows, path, predicate);
      describe(path, doc);
    }
  }

  /** {@link #append(Dataset, String)}, the table and its columns described by {@code doc}. */
  public void append(Dataset<Row> rows, String path, TableDoc doc) {
    touch(path);
    if (!create(doc.comment(rows), path, doc.description())) {
      append(rows, path);
      describe(path, doc);
    }
  }

  /**
   * Brings an existing table's column comments and description in line with {@code doc}: no
   * commit when they already agree (every night but the first after a description changed), else
   * one for the columns ({@code ALTER TABLE ... REPLACE COLUMNS}, the same columns and types) and
   * one for the description ({@code COMMENT ON TABLE}).
   */
  public void describe(String path, TableDoc doc) {
    touch(path);
    Metadata stored = lake.snapshot(path).metadata();
    if (!doc.commented(stored.schema())) {
      StringBuilder columns = new StringBuilder();
      for (StructField f : doc.comment(stored.schema()).fields()) {
        // A Delta table's columns are all nullable; REPLACE COLUMNS does not take NOT NULL.
        columns.append(columns.length() == 0 ? "" : ", ")
            .append(new StructField(f.name(), f.dataType(), true, f.metadata()).toDDL());
      }
      lake.spark().sql("ALTER TABLE " + identifier(path) + " REPLACE COLUMNS (" + columns + ")");
    }
    if (!doc.description().equals(stored.description())) {
      lake.spark().sql("COMMENT ON TABLE " + identifier(path) + " IS " + literal(doc.description()));
    }
  }

  /**
   * Creates the table from {@code rows}, in one commit, when nothing is at {@code path} yet.
   * Committed with Delta's transaction API as Delta's own statements commit it (their metadata, the
   * session's table property defaults, their operation): with a description, as {@code CREATE TABLE
   * AS SELECT} (the writer of path-based tables cannot set one), whose analysis and catalog round
   * trip cost a tenth of a full night (measured side by side); without, as the writer's overwrite,
   * which first lists the new table's (no) files with a Spark job. A folder without a Delta table
   * (left by a run killed mid-write) is not touched here: the plain write replaces it and {@link
   * #describe} follows.
   *
   * @param description the table's description, or null for none
   * @return whether the table was created
   */
  private boolean create(Dataset<Row> rows, String path, String description) {
    Path p = new Path(path);
    try {
      if (p.getFileSystem(lake.spark().sparkContext().hadoopConfiguration()).exists(p)) {
        return false;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    OptimisticTransaction txn = DeltaLog.forTable(lake.spark(), path).startTransaction();
    scala.collection.immutable.Map<String, String> none = scala.collection.immutable.Map$.MODULE$.empty();
    txn.updateMetadataForNewTable(new Metadata(java.util.UUID.randomUUID().toString(), null, description,
        new org.apache.spark.sql.delta.actions.Format("parquet", none), nullable(rows.schema()).json(),
        NO_PARTITIONS, none, Option.apply((Object) System.currentTimeMillis())));
    if (description == null) {
      // The writer's overwrite reads the whole (empty) table: its commit is not a blind append.
      txn.readWholeTable();
    }
    commit(txn, rows, List.of(), description == null
        ? write(SaveMode.Overwrite)
        : new DeltaOperations.CreateTable(txn.metadata(), false, true, Option.empty()));
    return true;
  }

  /** The operation the writer's commit names: WRITE in {@code mode}, unpartitioned, every row. */
  private static DeltaOperations.Write write(SaveMode mode) {
    return new DeltaOperations.Write(mode, Option.apply(NO_PARTITIONS), Option.empty(), Option.empty());
  }

  /**
   * Writes {@code rows} as new files of the transaction's table and commits them with {@code
   * others} (files the commit removes) as {@code operation}. The files are copied into a Java list
   * only to give the commit one action type: Java sees Scala's covariant {@code Seq} as invariant.
   */
  private static void commit(OptimisticTransaction txn, Dataset<Row> rows, List<Action> others,
      DeltaOperations.Operation operation) {
    List<Action> actions = new ArrayList<>(JavaConverters.seqAsJavaList(txn.writeFiles(rows)));
    actions.addAll(others);
    txn.commit(JavaConverters.asScalaBuffer(actions).toSeq(), operation);
  }

  /** The SQL name of the Delta table at {@code path}: {@code delta.`<qualified path>`}. */
  private String identifier(String path) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(lake.spark().sparkContext().hadoopConfiguration());
      return "delta.`" + fs.makeQualified(p).toString().replace("`", "``") + "`";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A SQL string literal. */
  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** Puts every table this run touched back as it was before the run. */
  public synchronized void rollback() {
    for (var e : versionsBefore.entrySet()) {
      String path = e.getKey();
      long before = e.getValue();
      try {
        if (before < 0) {
          Path p = new Path(path);
          FileSystem fs = p.getFileSystem(lake.spark().sparkContext().hadoopConfiguration());
          fs.delete(p, true);
        } else if (lake.version(path) != before) {
          DeltaTable.forPath(lake.spark(), path).restoreToVersion(before);
        }
        Progress.warn("rolled back " + path + " to version " + before);
      } catch (IOException | RuntimeException ex) {
        Progress.warn("could not roll back " + path + ": " + ex);
      }
    }
  }
}
