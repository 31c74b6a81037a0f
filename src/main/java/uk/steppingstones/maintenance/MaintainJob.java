package uk.steppingstones.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.Progress;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.nightly.RunLock;

/**
 * {@code jobs/maintain.sh --lake DIR}: the weekly upkeep of the lake ({@link LakeMaintenance}). It
 * takes the nightly job's own lock, so it never runs while a night does, nor a night while it
 * runs. Exit status: 0 done; 1 failed; 2 bad input (options, or not a lake); 3 a night holds the
 * lake, nothing was done. Whatever the outcome, the last line on stdout is one summary line,
 * {@code stepping-stones-maintain status=... exit=... tables=... files_compacted=... files_written=...
 * files_deleted=... bytes_freed=... retention_days=... seconds=...}.
 */
public final class MaintainJob {
  public static final int DONE = 0, FAILED = 1, BAD_INPUT = 2, LOCKED = 3;
  static final String LINE_PREFIX = "stepping-stones-maintain";
  static final String USAGE = "usage: maintain.sh --lake DIR";

  private MaintainJob() {}

  public static void main(String[] args) {
    System.exit(command(args));
  }

  static int command(String[] args) {
    Instant started = Instant.now();
    String lake = lakeOption(args).orElse(null);
    if (lake == null) {
      System.err.println(USAGE);
      return finish("refused", BAD_INPUT, null, started);
    }
    try {
      // On a local lake the lock comes before Spark: a maintenance the night holds off exits at once.
      Optional<RunLock> early = RunLock.isLocal(lake) ? RunLock.tryAcquire(lake, null) : Optional.empty();
      if (RunLock.isLocal(lake) && early.isEmpty()) {
        System.err.println("a night holds the lake " + lake + "; nothing was done");
        return finish("locked", LOCKED, null, started);
      }
      SparkSession spark = SparkSessions.forJob("stepping-stones-maintain");
      try (RunLock held = early.isPresent() ? early.get()
          : RunLock.tryAcquire(lake, spark.sparkContext().hadoopConfiguration()).orElse(null)) {
        if (held == null) {
          System.err.println("a night holds the lake " + lake + "; nothing was done");
          return finish("locked", LOCKED, null, started);
        }
        if (!LakeTables.isLake(lake, spark.sparkContext().hadoopConfiguration())) {
          System.err.println(lake + " is not a Stepping Stones lake: it has none of the folders raw/, conformed/, "
              + "report/, ops/");
          return finish("refused", BAD_INPUT, null, started);
        }
        return finish("done", DONE, new LakeMaintenance(spark, lake).run(), started);
      } finally {
        spark.stop();
      }
    } catch (Throwable e) {
      Progress.warn("maintenance failed: " + e);
      e.printStackTrace();
      return finish("failed", FAILED, null, started);
    }
  }

  private static Optional<String> lakeOption(String[] args) {
    if (args.length == 2 && args[0].equals("--lake") && !args[1].isBlank()) {
      return Optional.of(args[1]);
    }
    return Optional.empty();
  }

  private static int finish(String status, int exit, LakeMaintenance.Summary s, Instant started) {
    System.out.println(line(status, exit, s, Duration.between(started, Instant.now())));
    System.out.flush();
    return exit;
  }

  /** The summary line: key=value pairs in a fixed order, no value holding a space (as the nightly job's). */
  static String line(String status, int exit, LakeMaintenance.Summary s, Duration took) {
    LakeMaintenance.Summary t = s == null ? new LakeMaintenance.Summary(0, 0, 0, 0, 0) : s;
    return String.format(Locale.ROOT, "%s status=%s exit=%d tables=%d files_compacted=%d files_written=%d"
            + " files_deleted=%d bytes_freed=%d retention_days=%d seconds=%.1f",
        LINE_PREFIX, status, exit, t.tables(), t.filesCompacted(), t.filesWritten(), t.filesDeleted(), t.bytesFreed(),
        Retention.DATA_FILES.toDays(), took.toMillis() / 1000.0);
  }
}
