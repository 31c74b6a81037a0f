package uk.steppingstones.common;

import org.apache.spark.sql.SparkSession;

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
    SparkSession.Builder builder = withLakeSettings(SparkSession.builder().appName(appName));
    if (!System.getProperties().containsKey("spark.master")) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }

  /** The session of the test suite: two threads, no UI, few shuffle partitions. */
  public static SparkSession forTests() {
    return withLakeSettings(SparkSession.builder().appName("stepping-stones-tests"))
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.databricks.delta.snapshotPartitions", "1")
        .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "2")
        .getOrCreate();
  }

  private static SparkSession.Builder withLakeSettings(SparkSession.Builder builder) {
    return builder
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        // The data is small: a handful of partitions beats the default 200 by seconds per stage.
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.databricks.delta.stats.collect", "true")
        // Power BI and most Parquet readers want INT64 microseconds, never INT96.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        // Dates and times in the extracts are UK wall-clock values; keep them as written.
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.ansi.enabled", "false")
        // Field-count checks on CSV records need every column parsed, not just the selected ones.
        .config("spark.sql.csv.parser.columnPruning.enabled", "false")
        .config("spark.scheduler.mode", "FAIR")
        // Small data: compiling generated code for each of a night's few hundred queries costs
        // more than it saves.
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.ui.showConsoleProgress", "false");
  }
}
