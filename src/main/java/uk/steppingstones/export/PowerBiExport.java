package uk.steppingstones.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Power BI export: each gold table as one snappy Parquet file {@code <export>/<table>.parquet}
 * (INT64 timestamps, no nested types). Spark writes a folder of parts, so the table is written
 * as a single part in a staging folder and then moved into place with an atomic rename: a reader
 * sees the old file or the new, never half of one. The file it replaces is kept aside until the
 * run ends, so a failed run can put every export file back.
 */
public final class PowerBiExport {
  /** Columns that must never leave the lake, whatever a report table is given. */
  private static final Set<String> FORBIDDEN =
      Set.of("person_id", "source_person_id", "date_of_birth", "forename", "surname", "merged_into_person_id");

  private final SparkSession spark;
  private final Path dir;
  private final Path staging;
  private final Path previous;
  private final List<String> replaced = new ArrayList<>();
  private final List<String> created = new ArrayList<>();

  public PowerBiExport(SparkSession spark, String exportDir, String runId) throws IOException {
    this.spark = spark;
    URI uri = URI.create(exportDir.replace(" ", "%20"));
    this.dir = uri.getScheme() == null ? Path.of(exportDir).toAbsolutePath() : Path.of(uri);
    this.staging = dir.resolve(".staging-" + runId);
    this.previous = dir.resolve(".previous-" + runId);
    Files.createDirectories(dir);
  }

  public Path file(String table) {
    return dir.resolve(table + ".parquet");
  }

  /** Writes one table's export file and moves it into place. */
  public void write(String table, Dataset<Row> rows) throws IOException {
    check(table, rows.schema());
    Path parts = staging.resolve(table);
    rows.coalesce(1).write().mode("overwrite").option("compression", "snappy").parquet(parts.toUri().toString());
    Path part;
    try (var s = Files.list(parts)) {
      part = s.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(".parquet"))
          .findFirst().orElseThrow(() -> new IOException("Spark wrote no Parquet part for " + table));
    }
    Path target = file(table);
    synchronized (this) {
      if (Files.exists(target)) {
        Files.createDirectories(previous);
        Files.createLink(previous.resolve(target.getFileName()), target);
        replaced.add(table);
      } else {
        created.add(table);
      }
    }
    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The run succeeded: drop the kept-aside files and the staging folder. */
  public void commit() throws IOException {
    deleteTree(staging);
    deleteTree(previous);
  }

  /** The run failed: every export file back as it was before the run. */
  public synchronized void rollback() {
    try {
      for (String table : replaced) {
        Files.move(previous.resolve(table + ".parquet"), file(table),
            StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      for (String table : created) {
        Files.deleteIfExists(file(table));
      }
      deleteTree(staging);
      deleteTree(previous);
    } catch (IOException e) {
      throw new IllegalStateException("could not restore the export folder " + dir, e);
    }
  }

  private static void check(String table, StructType schema) {
    for (StructField f : schema.fields()) {
      if (FORBIDDEN.contains(f.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(table + " has column " + f.name() + ", which must never be exported");
      }
      if (f.dataType() instanceof StructType || f.dataType() instanceof ArrayType || f.dataType() instanceof MapType) {
        throw new IllegalStateException(table + "." + f.name() + " is nested; Power BI exports are flat");
      }
      if (!f.name().equals(f.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(table + "." + f.name() + " is not lower snake case");
      }
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

}
