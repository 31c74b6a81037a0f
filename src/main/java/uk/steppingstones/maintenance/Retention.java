package uk.steppingstones.maintenance;

import java.time.Duration;

/**
 * How long the lake keeps what a published night needs. Figures "as published" (sql.sh, report.sh
 * and export.sh with --as-published) must stay reproducible for at least 13 months: a night's run
 * record names table versions, and reading a version needs its data files and its Delta log.
 *
 * <p>A data file leaves a table's current state when a later write replaces it (an overwrite, a
 * MERGE, OPTIMIZE), always after the last night that published a version holding it; VACUUM
 * deletes it only once it has been out of the table for longer than {@link #DATA_FILES}. So every
 * version a night published stays readable for at least that long after the night. The Delta log
 * is kept {@link #LOG} (ten years), far longer.
 */
public final class Retention {
  private Retention() {}

  /** 13 months (at most 397 days) and a month's margin, for a late look at last year's figures. */
  public static final Duration DATA_FILES = Duration.ofDays(430);

  /** As common/SparkSessions gives every table from its creation. */
  public static final Duration LOG = Duration.ofDays(3650);

  /** A duration as Delta's table properties write it. */
  static String interval(Duration d) {
    return d.toSeconds() % 86_400 == 0 ? "interval " + d.toDays() + " days" : "interval " + d.toSeconds() + " seconds";
  }
}
