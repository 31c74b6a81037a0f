package uk.steppingstones.document;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.Lake;

/**
 * The documents' only reads of the lake (one Spark session, Delta tables by path): the run
 * records, the gold tables (now, or at the versions a run recorded: Delta time travel) and the
 * quarantined lines' place and reason (never the record itself).
 */
public final class LakeReader {
  private final Lake lake;
  private final String root;

  public LakeReader(SparkSession spark, String root) {
    this.lake = new Lake(spark, root);
    this.root = root;
  }

  /** Successful runs, oldest first; a {@link BadInput} when the folder holds no lake. */
  public List<RunInfo> succeededRuns() {
    String path = lake.ops("run_record");
    boolean isLake;
    try {
      isLake = lake.exists(path);
    } catch (RuntimeException e) {
      isLake = false;
    }
    if (!isLake) {
      throw new BadInput(root + " is not a Stepping Stones lake: it has no ops/run_record (run jobs/nightly.sh first)");
    }
    List<RunInfo> runs = new ArrayList<>();
    for (Row r : lake.read(path).filter(col("status").equalTo("succeeded").and(col("as_of").isNotNull()))
        .orderBy(col("ended_at"), col("run_id")).collectAsList()) {
      runs.add(RunInfo.of(r));
    }
    if (runs.isEmpty()) {
      throw new BadInput(root + " has no successful nightly run yet: there is no report to write");
    }
    return runs;
  }

  /**
   * The run a report reads as published: {@code night} is an as-of date (the latest successful
   * run of that extract night) or a run id.
   */
  public static RunInfo published(List<RunInfo> runs, String night) {
    Optional<RunInfo> byId = runs.stream().filter(r -> r.runId().equals(night)).findFirst();
    if (byId.isPresent()) {
      return byId.get();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(night);
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadInput("--as-published takes an extract night (yyyy-MM-dd) or a run id; no successful run is '"
          + night + "'");
    }
    return runs.stream().filter(r -> date.equals(r.asOf())).reduce((a, b) -> b)
        .orElseThrow(() -> new BadInput("no successful nightly run was as of " + night + " (nights run: "
            + runs.stream().map(r -> String.valueOf(r.asOf())).distinct().reduce((a, b) -> a + ", " + b).orElse("none")
            + ")"));
  }

  /** Gold tables as they are now, or at the versions {@code published} recorded. */
  public GoldData gold(Collection<String> tables, Optional<RunInfo> published) {
    // Small tables: several read at once, so their Delta logs and scans overlap.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Map<String, Future<List<Row>>> reads = new LinkedHashMap<>();
      for (String t : tables) {
        reads.put(t, pool.submit(() -> read(t, published).collectAsList()));
      }
      Map<String, List<Row>> rows = new LinkedHashMap<>();
      for (Map.Entry<String, Future<List<Row>>> r : reads.entrySet()) {
        try {
          rows.put(r.getKey(), r.getValue().get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return new GoldData(rows);
    } finally {
      pool.shutdownNow();
    }
  }

  private Dataset<Row> read(String table, Optional<RunInfo> published) {
    String path = lake.report(table);
    if (published.isEmpty()) {
      if (!lake.exists(path)) {
        throw new BadInput(root + " has no report table " + table + " (run jobs/nightly.sh with this version first)");
      }
      return lake.read(path);
    }
    RunInfo run = published.get();
    Long version = run.tableVersions().get(table);
    if (version == null || version < 0) {
      throw new BadInput("the run " + run.runId() + " (as of " + run.asOf() + ") recorded no version of report table "
          + table);
    }
    try {
      Dataset<Row> d = lake.spark().read().format("delta").option("versionAsOf", version).load(path);
      d.schema();
      return d;
    } catch (RuntimeException e) {
      throw new BadInput("report table " + table + " can no longer be read as of version " + version
          + " (the run " + run.runId() + "): " + firstLine(e.getMessage()));
    }
  }

  /** The place and reason of quarantined lines of the given runs' files (never the record). */
  public List<Row> quarantineLines(Collection<String> runIds) {
    String path = lake.ops("quarantine");
    if (runIds.isEmpty() || !lake.exists(path)) {
      return List.of();
    }
    return lake.read(path)
        .filter(col("run_id").isin(runIds.toArray()))
        .select("run_id", "dataset", "source_file", "source_line", "column", "reason", "problems")
        .orderBy("dataset", "source_file", "source_line")
        .collectAsList();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
