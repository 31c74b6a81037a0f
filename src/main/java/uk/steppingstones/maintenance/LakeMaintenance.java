package uk.steppingstones.maintenance;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;
import uk.steppingstones.common.Progress;

/**
 * One maintenance of the lake, table by table: make sure the table keeps its log and its removed
 * data files as long as {@link Retention} says (old lakes' tables were created without the
 * properties), compact small files (Delta OPTIMIZE: a night writes a few small files per table),
 * then VACUUM with the table's own retention, so it deletes only files out of the table for longer
 * than that. Delta's check against a VACUUM shorter than the table's retention stays on: a hand-run
 * {@code VACUUM ... RETAIN 0 HOURS} is refused. Run only while no night holds the lake ({@link
 * MaintainJob} takes the night's lock).
 */
public final class LakeMaintenance {
  /** What one maintenance did, summed over the tables. */
  public record Summary(int tables, long filesCompacted, long filesWritten, long filesDeleted, long bytesFreed) {
    Summary plus(Summary o) {
      return new Summary(tables + o.tables, filesCompacted + o.filesCompacted, filesWritten + o.filesWritten,
          filesDeleted + o.filesDeleted, bytesFreed + o.bytesFreed);
    }
  }

  private static final String DELETED_FILE_RETENTION = "delta.deletedFileRetentionDuration";
  private static final String LOG_RETENTION = "delta.logRetentionDuration";

  private final SparkSession spark;
  private final String root;
  private final Duration retention;

  /** Maintenance with the retention published figures need. */
  public LakeMaintenance(SparkSession spark, String root) {
    this(spark, root, Retention.DATA_FILES);
  }

  /** With another retention: for tests, which cannot wait 13 months for a file to age. */
  LakeMaintenance(SparkSession spark, String root, Duration retention) {
    this.spark = spark;
    this.root = root;
    this.retention = retention;
  }

  public Summary run() throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Summary total = new Summary(0, 0, 0, 0, 0);
    for (String table : LakeTables.all(root, hadoop)) {
      total = total.plus(maintain(table, hadoop));
    }
    return total;
  }

  private Summary maintain(String table, Configuration hadoop) throws IOException {
    long start = System.nanoTime();
    keepLongEnough(table);
    Row metrics = DeltaTable.forPath(spark, table).optimize().executeCompaction().select("metrics.numFilesRemoved",
        "metrics.numFilesAdded").first();
    LakeTables.Usage before = LakeTables.usage(table, hadoop);
    // No retention given: VACUUM takes the table's own (set just above), and Delta's safety check stays on.
    DeltaTable.forPath(spark, table).vacuum();
    LakeTables.Usage freed = before.minus(LakeTables.usage(table, hadoop));
    Summary s = new Summary(1, metrics.getLong(0), metrics.getLong(1), freed.files(), freed.bytes());
    Progress.note(String.format("maintain  %-60s compacted=%d written=%d deleted=%d freed=%d bytes %.1fs", table,
        s.filesCompacted(), s.filesWritten(), s.filesDeleted(), s.bytesFreed(), (System.nanoTime() - start) / 1e9));
    return s;
  }

  /** Sets the table's retention properties where they differ (one commit then; none once they agree). */
  private void keepLongEnough(String table) {
    Map<String, String> now = scala.collection.JavaConverters.mapAsJavaMap(
        DeltaLog.forTable(spark, table).update(false, Option.empty(), Option.empty()).metadata().configuration());
    String files = Retention.interval(retention);
    String log = Retention.interval(Retention.LOG);
    if (!files.equals(now.get(DELETED_FILE_RETENTION)) || !log.equals(now.get(LOG_RETENTION))) {
      spark.sql("ALTER TABLE delta.`" + table.replace("`", "``") + "` SET TBLPROPERTIES ('" + DELETED_FILE_RETENTION
          + "' = '" + files + "', '" + LOG_RETENTION + "' = '" + log + "')");
    }
  }
}
