package uk.steppingstones.nightly;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.map_entries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.export.ExportManifest;

/**
 * Whether two runs of the same night wrote the same thing: every Delta table of two lakes (raw,
 * conformed, report, ops) and every file of two export folders holds the same columns and the same
 * rows (as multisets, in any order). Columns that name the run or when it ran differ by design and
 * are left out. Used by {@code jobs/cluster-smoke.sh} to compare a spark-submit run on a cluster
 * with a {@code local[*]} run (docs/cluster.md).
 *
 * <pre>
 *   CompareLakes --expected LAKE --actual LAKE [--expected-export DIR --actual-export DIR]
 * </pre>
 *
 * Prints a line per table and, last, {@code lake comparison: PASS ...} or {@code FAIL ...}.
 * Exit status 0 when everything is equal, 1 when something differs, 2 on bad arguments.
 */
public final class CompareLakes {
  /** The run's id and clock readings, and what is derived from them (the code fingerprint, versions). */
  static final Set<String> RUN_COLUMNS = Set.of("run_id", "loaded_at", "recorded_at", "quarantined_at",
      "run_started_at", "started_at", "ended_at", "report_fingerprint", "table_versions");
  static final List<String> LAYERS = List.of("raw", "conformed", "report", "ops");
  /** Rows of each side shown when a table differs. */
  private static final int EXAMPLES = 3;

  private final SparkSession spark;
  private final List<String> differences = new ArrayList<>();
  private int compared;

  CompareLakes(SparkSession spark) {
    this.spark = spark;
  }

  public static void main(String[] args) {
    String expected = null, actual = null, expectedExport = null, actualExport = null;
    boolean bad = args.length % 2 != 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--expected" -> expected = args[i + 1];
        case "--actual" -> actual = args[i + 1];
        case "--expected-export" -> expectedExport = args[i + 1];
        case "--actual-export" -> actualExport = args[i + 1];
        default -> bad = true;
      }
    }
    if (bad || expected == null || actual == null || (expectedExport == null) != (actualExport == null)) {
      System.err.println("usage: CompareLakes --expected LAKE --actual LAKE [--expected-export DIR --actual-export DIR]");
      System.exit(2);
    }
    SparkSession spark = SparkSessions.forJob("stepping-stones-compare-lakes");
    int status;
    try {
      CompareLakes c = new CompareLakes(spark);
      c.lakes(expected, actual);
      if (expectedExport != null) {
        c.exports(Path.of(expectedExport), Path.of(actualExport));
      }
      System.out.println(c.verdict());
      status = c.differences.isEmpty() ? 0 : 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  void lakes(String expected, String actual) {
    for (String layer : LAYERS) {
      Set<String> tables = new TreeSet<>(tables(expected + "/" + layer));
      tables.addAll(tables(actual + "/" + layer));
      for (String t : tables) {
        String e = expected + "/" + layer + "/" + t, a = actual + "/" + layer + "/" + t;
        compare(layer + "/" + t, isTable(e) ? spark.read().format("delta").load(e) : null,
            isTable(a) ? spark.read().format("delta").load(a) : null);
      }
    }
  }

  void exports(Path expected, Path actual) {
    Set<String> files = new TreeSet<>(files(expected));
    files.addAll(files(actual));
    for (String f : files) {
      Path e = expected.resolve(f), a = actual.resolve(f);
      if (f.equals(ExportManifest.FILE_NAME)) {
        manifest(f, e, a);
      } else {
        compare("export/" + f, Files.exists(e) ? spark.read().parquet(e.toUri().toString()) : null,
            Files.exists(a) ? spark.read().parquet(a.toUri().toString()) : null);
      }
    }
  }

  String verdict() {
    return differences.isEmpty()
        ? "lake comparison: PASS, " + compared + " tables and files equal"
        : "lake comparison: FAIL, " + differences.size() + " of " + compared + " differ: " + String.join(", ", differences);
  }

  /**
   * One table on each side (null where missing): same columns, same rows. The tables of a night are
   * small, so both sides are collected and counted row by row: two scans, where {@code exceptAll}
   * both ways would take four shuffles.
   */
  void compare(String name, Dataset<Row> expected, Dataset<Row> actual) {
    compared++;
    if (expected == null || actual == null) {
      differ(name, "only in the " + (expected == null ? "actual" : "expected") + " run");
      return;
    }
    Dataset<Row> e = comparable(expected), a = comparable(actual);
    // Names and types; comments and nullability are not what is being compared.
    if (!e.schema().simpleString().equals(a.schema().simpleString())) {
      differ(name, "columns differ: expected " + e.schema().simpleString() + ", actual " + a.schema().simpleString());
      return;
    }
    List<Row> expectedRows = e.collectAsList();
    Map<Row, Integer> balance = new HashMap<>();
    expectedRows.forEach(r -> balance.merge(r, 1, Integer::sum));
    a.collectAsList().forEach(r -> balance.merge(r, -1, Integer::sum));
    balance.values().removeIf(n -> n == 0);
    if (balance.isEmpty()) {
      System.out.printf("same  %-48s rows=%d%n", name, expectedRows.size());
      return;
    }
    int m = balance.values().stream().filter(n -> n > 0).mapToInt(n -> n).sum();
    int x = balance.values().stream().filter(n -> n < 0).mapToInt(n -> -n).sum();
    differ(name, String.format("rows differ: %d only in expected, %d only in actual", m, x));
    balance.entrySet().stream().filter(en -> en.getValue() > 0).limit(EXAMPLES)
        .forEach(en -> System.out.println("        expected only: " + en.getKey()));
    balance.entrySet().stream().filter(en -> en.getValue() < 0).limit(EXAMPLES)
        .forEach(en -> System.out.println("        actual only:   " + en.getKey()));
  }

  /**
   * Without the run's own columns; maps as sorted arrays of entries, so that equal maps compare
   * equal whatever their order.
   */
  static Dataset<Row> comparable(Dataset<Row> frame) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : frame.schema().fields()) {
      if (RUN_COLUMNS.contains(f.name())) {
        continue;
      }
      Column c = col("`" + f.name() + "`");
      columns.add(f.dataType() instanceof MapType ? array_sort(map_entries(c)).as(f.name()) : c);
    }
    return frame.select(columns.toArray(Column[]::new));
  }

  private void manifest(String name, Path expected, Path actual) {
    compared++;
    if (!Files.exists(expected) || !Files.exists(actual)) {
      differ("export/" + name, "only in the " + (Files.exists(expected) ? "expected" : "actual") + " run");
      return;
    }
    try {
      ObjectMapper json = new ObjectMapper();
      JsonNode e = json.readTree(expected.toFile()), a = json.readTree(actual.toFile());
      for (JsonNode n : List.of(e, a)) {
        ((ObjectNode) n).remove(List.of("run_id", "written_at"));
      }
      if (e.equals(a)) {
        System.out.printf("same  %-48s tables=%d%n", "export/" + name, e.path("tables").size());
      } else {
        differ("export/" + name, "manifests differ (run_id and written_at aside)");
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void differ(String name, String why) {
    differences.add(name);
    System.out.printf("DIFF  %-48s %s%n", name, why);
  }

  private List<String> tables(String layerPath) {
    List<String> names = new ArrayList<>();
    try {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(layerPath);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(dir)) {
        for (FileStatus s : fs.listStatus(dir)) {
          if (s.isDirectory() && !s.getPath().getName().startsWith(".")) {
            names.add(s.getPath().getName());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + layerPath, e);
    }
    return names;
  }

  private boolean isTable(String path) {
    try {
      org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path, "_delta_log");
      return log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && Files.isRegularFile(dir.resolve(n)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
