package uk.steppingstones.common;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * The one place a SparkSession is configured. The job and the test suite both come here, so what
 * the tests exercise is what runs at night.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The session for a run. Under spark-submit the master and resources come from the submit
   * command; run with plain java (the jobs/ scripts) it falls back to local[*].
   */
  public static SparkSession forJob(String appName) {
    SparkConf conf = withLakeSettings(new SparkConf()).setAppName(appName);
    return sessionOn(conf.setIfMissing("spark.master", "local[*]"));
  }

  /** The session of the test suite: two threads, no UI, one shuffle partition. */
  public static SparkSession forTests() {
    return sessionOn(withLakeSettings(new SparkConf())
        .setAppName("stepping-stones-tests")
        .setMaster("local[2]")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.default.parallelism", "2")
        // The suite runs hundreds of nights in one JVM: keep Spark's history of jobs and queries (kept
        // even without a UI) and Delta's cache of table logs short, or they fill the heap.
        .set("spark.sql.ui.retainedExecutions", "20")
        .set("spark.ui.retainedJobs", "50")
        .set("spark.ui.retainedStages", "50")
        .set("spark.ui.retainedTasks", "2000")
        .set("spark.databricks.delta.delta.log.cacheSize", "200"));
  }

  /**
   * The session of the JVM's running context, or a new context (ours, without the closure cleaner)
   * and session with these settings.
   */
  private static synchronized SparkSession sessionOn(SparkConf conf) {
    Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined() && !running.get().sparkContext().isStopped()) {
      return running.get();
    }
    return SparkSession.builder().sparkContext(new UncheckedClosuresContext(conf)).getOrCreate();
  }

  /** Our defaults; a setting given on the command line (spark-submit --conf, or -Dspark.x=y) wins. */
  private static SparkConf withLakeSettings(SparkConf conf) {
    String[][] defaults = {
      {"spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension"},
      {"spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog"},
      // The data is small: one partition after a shuffle, not Spark's 200. The night keeps both cores
      // busy with several tables at once, so each stage needs no second task, and every task costs
      // (its closure serialized and read back, a shuffle file per map task and partition). Measured
      // side by side on 2 cores against 2 partitions: the incremental night 0.93 of the time; a full
      // night at 20 times the sample's volume the same (1.00, two pairs), and 100 times ran within a
      // 4 GB heap.
      {"spark.sql.shuffle.partitions", "1"},
      // Re-planning each stage (adaptive execution) costs more than it saves on data this size.
      {"spark.sql.adaptive.enabled", "false"},
      {"spark.databricks.delta.snapshotPartitions", "1"},
      // Power BI and most Parquet readers want INT64 microseconds, never INT96.
      {"spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS"},
      // Dates and times in the extracts are UK wall-clock values; keep them as written.
      {"spark.sql.session.timeZone", "UTC"},
      {"spark.sql.ansi.enabled", "false"},
      // Delta's VACUUM lists a table's files in this many tasks (Spark's 10,000 cost minutes per table
      // on two cores, even for a table of ten files); partition discovery uses it too.
      {"spark.sql.sources.parallelPartitionDiscovery.parallelism", "4"},
      // Field-count checks on CSV records need every column parsed, not just the selected ones.
      {"spark.sql.csv.parser.columnPruning.enabled", "false"},
      // A dataset's parsed records are cached for the night's few passes over them (counts, raw,
      // conformed); compressing the cache costs more CPU than it saves (measured at 20 times the
      // sample: 95 s against 102 s a night).
      {"spark.sql.inMemoryColumnarStorage.compressed", "false"},
      // Independent tables are written from several threads at once.
      {"spark.scheduler.mode", "FAIR"},
      // No constraints derived for each plan node (to infer filters from them): on a night's deep
      // plans (a filter or column per contract column, as-of views, many joins) deriving them costs
      // more than the filters save. The optimizer only, so the same rows: measured side by side on
      // 2 cores, the incremental night 0.95 of the time (nine pairs), its CPU likewise.
      {"spark.sql.constraintPropagation.enabled", "false"},
      // Small data: compiling generated code for each of a night's few hundred queries costs more
      // than it saves.
      {"spark.sql.codegen.wholeStage", "false"},
      // Likewise per-task projections: measured (JFR) as a fifth of a night's CPU when generated.
      {"spark.sql.codegen.factoryMode", "NO_CODEGEN"},
      {"spark.ui.showConsoleProgress", "false"},
      // Memory pages of sorts and aggregations, and the chunks a broadcast (every stage's task) is
      // serialized into, are allocated whole: Spark's sizes for a 4 GB heap (64 MB, 4 MB) made a
      // night of small tables allocate gigabytes it never filled, and old-generation collections
      // of them (measured, JFR and GC log). Larger data takes more pages, not larger ones.
      {"spark.buffer.pageSize", "2m"},
      {"spark.broadcast.blockSize", "512k"},
      // Each query's plan is described for Spark's listeners; the one-tree form costs less to make.
      {"spark.sql.ui.explainMode", "simple"},
      // Local paths without a child process per file created and per rename (LocalDiskFileSystem).
      {"spark.hadoop.fs.file.impl", LocalDiskFileSystem.class.getName()},
      {"spark.hadoop.fs.AbstractFileSystem.file.impl", LocalDiskFileSystem.Context.class.getName()},
      // No per-file column statistics: they serve data skipping, which tables of a few files never
      // need, and collecting them compiles code in every write task (measured, JFR: a tenth of a
      // night's CPU).
      {"spark.databricks.delta.stats.collect", "false"},
      // Each commit's checksum file keeps its counts and table metadata (a snapshot is then read
      // without a Spark job) but not the list of every file: deriving that list replays the previous
      // snapshot with a Spark job per commit (measured, JFR: 9% of a night's CPU).
      {"spark.databricks.delta.allFilesInCrc.enabled", "false"},
      // Tables keep their Delta log ten years, not Delta's 30 days, so a published night's figures
      // can be read back (sql.sh --as-published) long after. Applies to tables created from now on.
      {"spark.databricks.delta.properties.defaults.logRetentionDuration", "interval 3650 days"},
      // And keep the data files a later write replaced 430 days (maintenance/Retention): so VACUUM, by
      // jobs/maintain.sh or by hand, never deletes what a night published in the last 13 months.
      {"spark.databricks.delta.properties.defaults.deletedFileRetentionDuration", "interval 430 days"},
    };
    for (String[] d : defaults) {
      conf.setIfMissing(d[0], d[1]);
    }
    return conf;
  }
}
