package uk.steppingstones.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.VersionChecksum;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.Action$;
import org.apache.spark.sql.delta.actions.AddFile;
import org.apache.spark.sql.delta.actions.CommitInfo;
import org.apache.spark.sql.delta.actions.FileAction;
import org.apache.spark.sql.delta.actions.RemoveFile;

/**
 * Where each layer's Delta tables live under the lake root (a local folder or any Hadoop file
 * system URI such as {@code s3a://bucket/lake}):
 *
 * <pre>
 *   raw/&lt;dataset&gt;        every accepted landing row, append-only (bronze)
 *   conformed/&lt;table&gt;    current state per dataset, and typed form tables (silver)
 *   report/&lt;table&gt;      the gold tables of outputs.md
 *   ops/&lt;table&gt;         ingest ledger, quarantine, run records
 *   .staging-&lt;name&gt;     a run's scratch files that executors write and the driver reads
 *                       (the export's Parquet before it is copied out); removed by the run,
 *                       or by the next if the run is killed outright
 * </pre>
 */
public final class Lake {
  private final SparkSession spark;
  private final String root;

  public Lake(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public SparkSession spark() {
    return spark;
  }

  public String raw(String dataset) {
    return root + "/raw/" + dataset;
  }

  public String conformed(String table) {
    return root + "/conformed/" + table;
  }

  public String report(String table) {
    return root + "/report/" + table;
  }

  public String ops(String table) {
    return root + "/ops/" + table;
  }

  /** A run's scratch folder: on storage the executors share with the driver, unlike its local disk. */
  public String staging(String name) {
    return root + "/.staging-" + name;
  }

  /**
   * Removes every run's scratch folder: a run removes its own when it ends, so any found are left
   * by runs killed outright. Call only from the run that holds the lake, before it stages anything.
   *
   * @return the folders removed
   */
  public List<String> removeStaging() throws IOException {
    Path dir = new Path(root);
    FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(dir)) {
      return List.of();
    }
    List<String> removed = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir, p -> p.getName().startsWith(".staging-"))) {
      fs.delete(s.getPath(), true);
      removed.add(s.getPath().getName());
    }
    return removed;
  }

  /**
   * The table's latest version, or -1 when there is no Delta table at {@code path}: the highest
   * commit file in its log ({@code _delta_log/<20 digits>.json}, each written whole, once). A
   * listing, not a snapshot: a night asks this of every table, and building a snapshot reads the
   * log with Spark jobs, which cost a night with nothing new most of its time.
   */
  public long version(String path) {
    Path log = new Path(path, "_delta_log");
    try {
      FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      long latest = -1;
      for (FileStatus s : fs.listStatus(log)) {
        String name = s.getPath().getName();
        if (COMMIT.matcher(name).matches()) {
          latest = Math.max(latest, Long.parseLong(name.substring(0, 20)));
        }
      }
      return latest;
    } catch (java.io.FileNotFoundException e) {
      return -1;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list the Delta log of " + path, e);
    }
  }

  /**
   * The data files commit {@code version} of the table added: the {@code add} actions of
   * {@code _delta_log/<version>.json} (paths in it are relative to the table, URI-encoded).
   */
  public List<Path> filesAdded(String path, long version) {
    return commit(path, version).stream().filter(AddFile.class::isInstance)
        .map(a -> dataFile(path, (AddFile) a)).toList();
  }

  /** Whether commit {@code version} of the table removed any data file. */
  public boolean removedFiles(String path, long version) {
    return commit(path, version).stream().anyMatch(RemoveFile.class::isInstance);
  }

  /**
   * The sum of metrics Delta recorded for commit {@code version} ({@code commitInfo.operationMetrics},
   * such as {@code numOutputRows} of a write or {@code numTargetRowsInserted} of a MERGE); empty
   * unless every one named was recorded.
   */
  public java.util.OptionalLong metric(String path, long version, String... names) {
    for (Action action : commit(path, version)) {
      if (action instanceof CommitInfo info && info.operationMetrics().isDefined()) {
        scala.collection.immutable.Map<String, String> metrics = info.operationMetrics().get();
        long sum = 0;
        for (String name : names) {
          if (metrics.get(name).isEmpty()) {
            return java.util.OptionalLong.empty();
          }
          sum += Long.parseLong(metrics.get(name).get());
        }
        return java.util.OptionalLong.of(sum);
      }
    }
    return java.util.OptionalLong.empty();
  }

  /**
   * How many of a table's newest commits {@link #filesFromLog} reads at most: about a year of
   * nightly appends, each a small file read on the driver. A table whose last replace lies further
   * back is left to Delta's replay, which starts from its checkpoint.
   */
  static final int MOST_COMMITS_READ = 400;

  /**
   * The table's data files at {@code version} as its log's commits name them, without a replay: the
   * files added by the newest commit that replaced the whole table (a create, or an overwrite
   * without a predicate), then each later commit's removed and added files applied in turn (an
   * append, a replace of some rows, a MERGE, a change of description adds or removes none). Empty
   * when no such commit lies within the newest {@link #MOST_COMMITS_READ}; then only a replay of the
   * log (Spark jobs) knows.
   */
  public Optional<List<AddFile>> filesFromLog(String path, long version) {
    return filesFromLog(path, version, MOST_COMMITS_READ);
  }

  /** {@link #filesFromLog(String, long)}, reading at most {@code mostCommits} commits. */
  Optional<List<AddFile>> filesFromLog(String path, long version, int mostCommits) {
    java.util.Deque<List<Action>> later = new java.util.ArrayDeque<>();
    for (long v = version; v >= 0 && version - v < mostCommits; v--) {
      List<Action> actions;
      try {
        actions = commit(path, v);
      } catch (java.io.UncheckedIOException e) {
        return Optional.empty();
      }
      if (actions.stream().anyMatch(a -> a instanceof CommitInfo c && replacesTable(c))) {
        java.util.Map<String, AddFile> files = new java.util.LinkedHashMap<>();
        actions.stream().filter(AddFile.class::isInstance).map(AddFile.class::cast).forEach(f -> files.put(f.path(), f));
        for (List<Action> commit : later) {
          // Removes first: a commit that replaces a file's deletion vector removes and adds the same path.
          commit.stream().filter(RemoveFile.class::isInstance).forEach(r -> files.remove(((RemoveFile) r).path()));
          commit.stream().filter(AddFile.class::isInstance).map(AddFile.class::cast).forEach(f -> files.put(f.path(), f));
        }
        return Optional.of(List.copyOf(files.values()));
      }
      later.addFirst(actions);
    }
    return Optional.empty();
  }

  /** A table's newest snapshot and the data files it holds, as its log names them without a replay. */
  public record KnownFiles(Snapshot snapshot, List<AddFile> files) {}

  /**
   * The table's newest snapshot. Built from its checksum (counts, metadata, protocol), with no Spark
   * job; its file list, when asked for, is a replay of the log ({@link #knownFiles} avoids that).
   */
  public Snapshot snapshot(String path) {
    return DeltaLog.forTable(spark, path).update(false, scala.Option.empty(), scala.Option.empty());
  }

  /**
   * The table's newest snapshot and its data files when {@link #filesFromLog} names them and the
   * snapshot's checksum agrees (number and bytes of the files; none with deletion vectors; no
   * partitions, no column mapping). Building the snapshot reads the checksum, not the log's files:
   * no Spark job. Empty when there is no table, or only a replay of its log knows its files.
   */
  public Optional<KnownFiles> knownFiles(String path) {
    if (!exists(path)) {
      return Optional.empty();
    }
    Snapshot snapshot = snapshot(path);
    scala.Option<VersionChecksum> checksum = snapshot.checksumOpt();
    if (checksum.isEmpty() || !snapshot.metadata().partitionColumns().isEmpty()
        || snapshot.metadata().columnMappingMode() != org.apache.spark.sql.delta.NoMapping$.MODULE$) {
      return Optional.empty();
    }
    return filesFromLog(path, snapshot.version())
        .filter(files -> files.size() == checksum.get().numFiles()
            && files.stream().mapToLong(AddFile::size).sum() == checksum.get().tableSizeBytes()
            && files.stream().allMatch(f -> f.deletionVector() == null))
        .map(files -> new KnownFiles(snapshot, files));
  }

  /**
   * The run that made the table's newest commit to add or remove files, as that commit names it
   * ({@code commitInfo.userMetadata}: a night labels every commit it makes with its run id, see
   * {@link Runs}); empty when that commit names none, or there is no table. Commits that only
   * describe the table are passed over.
   */
  public Optional<String> lastWritingRun(String path) {
    return newestFileCommit(path, version(path)).flatMap(actions -> actions.stream()
        .filter(CommitInfo.class::isInstance).map(a -> ((CommitInfo) a).userMetadata())
        .filter(scala.Option::isDefined).map(scala.Option::get).findFirst());
  }

  /**
   * The actions of the newest commit up to {@code version} that added or removed files, read on
   * the driver (commits that only describe the table are passed over); empty if there is none, or
   * an older commit's file is gone with the log's history.
   */
  private Optional<List<Action>> newestFileCommit(String path, long version) {
    for (long v = version; v >= 0; v--) {
      List<Action> actions;
      try {
        actions = commit(path, v);
      } catch (java.io.UncheckedIOException e) {
        return Optional.empty();
      }
      if (actions.stream().anyMatch(FileAction.class::isInstance)) {
        return Optional.of(actions);
      }
    }
    return Optional.empty();
  }

  /** Whether the commit replaced every row: a create or replace from a query, or an overwrite of all. */
  private static boolean replacesTable(CommitInfo info) {
    scala.collection.Map<String, String> parameters = info.operationParameters();
    return switch (info.operation()) {
      case "CREATE TABLE AS SELECT", "REPLACE TABLE AS SELECT", "CREATE OR REPLACE TABLE AS SELECT" -> true;
      case "WRITE" -> parameters.get("mode").contains("Overwrite") && !parameters.contains("predicate")
          && !parameters.contains("dynamicPartitionOverwrite");
      default -> false;
    };
  }

  /**
   * The actions of commit {@code version}: one JSON object a line of {@code _delta_log/<version>.json},
   * read with Delta's own reader (an action it does not know reads as null).
   */
  private List<Action> commit(String path, long version) {
    return commitLines(path, version).stream().map(Action$.MODULE$::fromJson).toList();
  }

  private List<String> commitLines(String path, long version) {
    Path commit = new Path(new Path(path, "_delta_log"), String.format("%020d.json", version));
    try {
      FileSystem fs = commit.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (var in = new java.io.BufferedReader(
          new java.io.InputStreamReader(fs.open(commit), java.nio.charset.StandardCharsets.UTF_8))) {
        return in.lines().toList();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read commit " + version + " of " + path, e);
    }
  }

  private static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("\\d{20}\\.json");

  public boolean exists(String path) {
    return version(path) >= 0;
  }

  public Dataset<Row> read(String path) {
    return spark.read().format("delta").load(path);
  }

  /**
   * The table's rows as of its newest version, for the night that holds the lake: read straight
   * from its data files (Parquet, with the table's schema) when {@link #knownFiles} names them;
   * else Delta's read. A Delta read of a new version first replays the log with Spark jobs (its
   * file list, then its size for the planner), once per table and version: a night reads every
   * table it just wrote.
   */
  public Dataset<Row> readCurrent(String path) {
    return knownFiles(path).map(known -> {
      var schema = known.snapshot().metadata().schema();
      if (known.files().isEmpty()) {
        return spark.createDataFrame(List.<Row>of(), schema);
      }
      String[] files = known.files().stream().map(f -> dataFile(path, f).toString()).toArray(String[]::new);
      return spark.read().schema(schema).parquet(files);
    }).orElseGet(() -> read(path));
  }

  /** A data file's full path: paths in the log are relative to the table and URI-encoded. */
  private static Path dataFile(String path, AddFile file) {
    return new Path(new Path(path), new Path(java.net.URI.create(file.path())));
  }
}
