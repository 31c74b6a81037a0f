package uk.steppingstones.common;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every write of a run goes through here, so a failed run can be undone: before a table is first
 * written in the run its version is noted, and {@link #rollback()} restores each touched table to
 * that version (or removes a table the run created). Each single write is atomic (Delta); this
 * makes the run as a whole leave published tables as they were when it fails.
 */
public final class DeltaWriter {
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
    rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(path);
  }

  /**
   * Replaces just the rows matching {@code predicate} with {@code rows}, in one commit; on a new
   * table, creates it. Re-running the same write leaves the table as it was.
   */
  public void replaceWhere(Dataset<Row> rows, String path, String predicate) {
    touch(path);
    if (lake.exists(path)) {
      rows.write().format("delta").mode("overwrite").option("replaceWhere", predicate).save(path);
    } else {
      rows.write().format("delta").mode("overwrite").save(path);
    }
  }

  public void append(Dataset<Row> rows, String path) {
    touch(path);
    rows.write().format("delta").mode("append").option("mergeSchema", "true").save(path);
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
