package uk.steppingstones.common;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tonight's run and the runs that succeeded before it ({@code ops/run_record}). A night labels every
 * commit it makes with its run id, so a table whose rows each name their run ({@code run_id}) can
 * tell from its log alone whether it holds rows of a run that never succeeded (one stopped
 * outright, or failed and not undone): only if its newest write was not a succeeded run's. Each
 * night that writes such a table removes those rows first, so one succeeded write leaves it clean.
 */
public record Runs(String current, Set<String> succeeded) {
  /** The Delta setting that labels every commit of the session: the run id, for the run's length. */
  public static final String COMMIT_LABEL = "spark.databricks.delta.commitInfo.userMetadata";

  /** Whether a table whose newest write was made by {@code lastWriter} holds only succeeded runs' rows. */
  public boolean clean(Optional<String> lastWriter) {
    return lastWriter.filter(succeeded::contains).isPresent();
  }

  /** SQL predicate of the rows of runs that did not succeed, tonight's own left out. */
  public String unfinishedRows() {
    String others = "run_id <> " + literal(current);
    return succeeded.isEmpty()
        ? others
        : others + " AND NOT run_id IN (" + succeeded.stream().sorted().map(Runs::literal)
            .collect(Collectors.joining(", ")) + ")";
  }

  private static String literal(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
