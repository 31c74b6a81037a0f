package uk.steppingstones.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Power BI export: each gold table as one snappy Parquet file {@code <export>/<table>.parquet}
 * (INT64 timestamps, no nested types), and {@code <export>/_manifest.json} describing them
 * ({@link ExportManifest}). Spark writes a folder of parts, so the table is written as a single
 * part in a staging folder, copied next to the export folder and then moved into place with an
 * atomic rename: a reader sees the old file or the new, never half of one. On a cluster the
 * executors write that part, and they do not see the driver's disk: Spark's staging folder is then
 * on storage they share with the driver (the lake), and only the driver touches the export folder.
 * The manifest is moved into place the same way, last, once every file of the run is in place, so
 * whoever reads a manifest finds the files it describes.
 * Every file it replaces is kept aside until the run ends, so a failed run can put the export
 * folder back as it was; what a run killed outright leaves is removed by the next
 * ({@link #removeUnfinished}).
 */
public final class PowerBiExport {
  /** Columns that must never leave the lake, whatever a report table is given. */
  private static final Set<String> FORBIDDEN =
      Set.of("person_id", "source_person_id", "date_of_birth", "forename", "surname", "merged_into_person_id");

  private final SparkSession spark;
  private final String runId;
  private final Path dir;
  private final Path staging;
  private final Path previous;
  /** Where Spark writes each table's part (any Hadoop file system the executors can write). */
  private final org.apache.hadoop.fs.Path sparkStaging;
  /** File names (tables and manifest) this run replaced, and those it created. */
  private final List<String> replaced = new ArrayList<>();
  private final List<String> created = new ArrayList<>();
  /** What the run wrote, by table: the manifest's entries for those files. */
  private final Map<String, ExportManifest.Table> written = new ConcurrentHashMap<>();

  /** An export whose Spark writes are staged in the export folder itself: Spark in local mode only. */
  public PowerBiExport(SparkSession spark, String exportDir, String runId) throws IOException {
    this(spark, exportDir, null, runId);
  }

  /**
   * @param sparkStaging a folder for Spark's writes that the executors can write and the driver
   *     can read, such as one in the lake; null to use the export folder (local mode only, where
   *     the executors are the driver)
   */
  public PowerBiExport(SparkSession spark, String exportDir, String sparkStaging, String runId) throws IOException {
    this.spark = spark;
    this.runId = runId;
    URI uri = URI.create(exportDir.replace(" ", "%20"));
    this.dir = uri.getScheme() == null ? Path.of(exportDir).toAbsolutePath() : Path.of(uri);
    this.staging = dir.resolve(".staging-" + runId);
    this.previous = dir.resolve(".previous-" + runId);
    this.sparkStaging = new org.apache.hadoop.fs.Path(
        sparkStaging != null ? sparkStaging : staging.resolve("spark").toUri().toString());
    Files.createDirectories(dir);
  }

  /**
   * Removes what runs killed outright left in the folder: their staging folders and the files
   * they kept aside (a killed run can neither commit nor roll back). Call only from a run that
   * holds the lake, so no other run is writing here.
   *
   * @return the folders removed; when there are any, a run was stopped while writing the export,
   *     which may hold some files of that run and some of the night before
   */
  public List<String> removeUnfinished() throws IOException {
    List<Path> left;
    try (var s = Files.list(dir)) {
      left = s.filter(p -> Files.isDirectory(p) && !p.equals(staging) && !p.equals(previous))
          .filter(p -> p.getFileName().toString().startsWith(".staging-")
              || p.getFileName().toString().startsWith(".previous-"))
          .sorted().toList();
    }
    for (Path p : left) {
      deleteTree(p);
    }
    return left.stream().map(p -> p.getFileName().toString()).toList();
  }

  public Path file(String table) {
    return dir.resolve(table + ".parquet");
  }

  public Path manifest() {
    return dir.resolve(ExportManifest.FILE_NAME);
  }

  /**
   * Writes one table's export file and moves it into place.
   *
   * @return the rows in the file, from its Parquet footer (no second Spark job to count them)
   */
  public long write(String table, Dataset<Row> rows) throws IOException {
    return write(table, rows, Optional.empty());
  }

  /**
   * {@link #write(String, Dataset)}, or, given {@code deltaFile}, the Parquet file that already holds
   * exactly {@code rows} (a gold table's Delta table written as one file, with the same session
   * settings: snappy, INT64 timestamps), copied into place without a Spark job of its own.
   */
  public long write(String table, Dataset<Row> rows, Optional<org.apache.hadoop.fs.Path> deltaFile) throws IOException {
    check(table, rows.schema());
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path part = deltaFile.isPresent() ? deltaFile.get() : writePart(table, rows);
    // Copied through Hadoop, not java.nio: on a cluster the part is wherever the executor wrote it
    // (the lake), not on the driver's disk.
    org.apache.hadoop.fs.FileSystem fs = part.getFileSystem(conf);
    Files.createDirectories(staging);
    Path staged = staging.resolve(table + ".parquet");
    fs.copyToLocalFile(false, part, new org.apache.hadoop.fs.Path(staged.toUri()), true);
    long count = ExportManifest.rows(staged, conf);
    written.put(table, ExportManifest.Table.of(table, count, rows.schema()));
    publish(staged, file(table));
    return count;
  }

  /** Writes the rows as one Parquet part with Spark, in the Spark staging folder; returns the part. */
  private org.apache.hadoop.fs.Path writePart(String table, Dataset<Row> rows) throws IOException {
    org.apache.hadoop.fs.Path parts = new org.apache.hadoop.fs.Path(sparkStaging, table);
    rows.coalesce(1).write().mode("overwrite").option("compression", "snappy").parquet(parts.toString());
    org.apache.hadoop.fs.FileSystem fs = parts.getFileSystem(spark.sparkContext().hadoopConfiguration());
    return Arrays.stream(fs.listStatus(parts)).map(org.apache.hadoop.fs.FileStatus::getPath)
        .filter(p -> p.getName().startsWith("part-") && p.getName().endsWith(".parquet"))
        .findFirst().orElseThrow(() -> new IOException("Spark wrote no Parquet part for " + table + " in " + parts));
  }

  /**
   * Writes {@code _manifest.json} for the whole folder and moves it into place; call once every
   * table file of the run is written. Files this run wrote are described from what was written;
   * any other table file in the folder (one a run did not rebuild) from its own footer, so the
   * manifest describes every file the folder holds.
   */
  public void writeManifest(LocalDate asOf) throws IOException {
    List<ExportManifest.Table> tables = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(p))
          .sorted().toList()) {
        String name = f.getFileName().toString();
        ExportManifest.Table entry = written.get(name.substring(0, name.length() - ".parquet".length()));
        tables.add(entry != null ? entry : ExportManifest.describe(f, spark.sparkContext().hadoopConfiguration()));
      }
    }
    ExportManifest manifest =
        new ExportManifest(runId, asOf, Instant.now().truncatedTo(ChronoUnit.MILLIS), List.copyOf(tables));
    Files.createDirectories(staging);
    Path staged = staging.resolve(ExportManifest.FILE_NAME);
    Files.write(staged, manifest.toJson());
    publish(staged, manifest());
  }

  /**
   * Moves a staged file into place with an atomic rename; the file it replaces is first kept aside
   * (a hard link, so the published name never goes missing) for {@link #rollback}.
   */
  private void publish(Path staged, Path target) throws IOException {
    String name = target.getFileName().toString();
    synchronized (this) {
      // Only the first replacement in a run keeps the file aside: that is the one from before the run.
      if (!replaced.contains(name) && !created.contains(name)) {
        if (Files.exists(target)) {
          Files.createDirectories(previous);
          Files.createLink(previous.resolve(name), target);
          replaced.add(name);
        } else {
          created.add(name);
        }
      }
    }
    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The run succeeded: drop the kept-aside files and the staging folder. */
  public void commit() throws IOException {
    deleteTree(staging);
    deleteTree(previous);
    deleteSparkStaging();
  }

  /**
   * The run failed: every export file back as it was before the run. The manifest goes back
   * first, so that at no moment does the run's manifest describe files that are no longer there.
   */
  public synchronized void rollback() {
    try {
      List<String> order = new ArrayList<>();
      for (List<String> names : List.of(replaced, created)) {
        names.stream().filter(ExportManifest.FILE_NAME::equals).forEach(order::add);
      }
      for (List<String> names : List.of(replaced, created)) {
        names.stream().filter(n -> !n.equals(ExportManifest.FILE_NAME)).forEach(order::add);
      }
      for (String name : order) {
        if (replaced.contains(name)) {
          Files.move(previous.resolve(name), dir.resolve(name),
              StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          Files.deleteIfExists(dir.resolve(name));
        }
      }
      deleteTree(staging);
      deleteTree(previous);
      deleteSparkStaging();
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
      if (PowerBiType.of(f.dataType()).isEmpty()) {
        throw new IllegalStateException(table + "." + f.name() + " is " + f.dataType().simpleString()
            + "; Power BI exports hold only " + Arrays.stream(PowerBiType.values()).map(PowerBiType::manifestName).toList());
      }
      if (!f.name().equals(f.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(table + "." + f.name() + " is not lower snake case");
      }
    }
  }

  private void deleteSparkStaging() throws IOException {
    sparkStaging.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(sparkStaging, true);
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
