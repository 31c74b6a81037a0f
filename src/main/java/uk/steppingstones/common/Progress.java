package uk.steppingstones.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress lines for long work: stage, table, rows and seconds, one line per step. */
public final class Progress {
  private static final Logger LOG = LoggerFactory.getLogger("steppingstones.progress");

  private Progress() {}

  /** Runs {@code step}, which returns a row count, and logs how long it took. */
  public static long step(String stage, String table, Supplier<Long> step) {
    long start = System.nanoTime();
    long rows = step.get();
    LOG.info(String.format("%-10s %-32s rows=%-8d %6.1fs", stage, table, rows, (System.nanoTime() - start) / 1e9));
    return rows;
  }

  public static void note(String message) {
    LOG.info(message);
  }

  public static void warn(String message) {
    LOG.warn(message);
  }
}
