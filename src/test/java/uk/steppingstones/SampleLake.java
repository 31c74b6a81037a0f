package uk.steppingstones;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import uk.steppingstones.nightly.NightlyJob;
import uk.steppingstones.nightly.NightlyOptions;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.report.ReportTables;

/**
 * The lake of the committed sample, for tests that need real volumes and every report table: the
 * nightly job run once, in this JVM on the suite's shared session, over {@code data/sample-landing}
 * with the sample key and every table of {@link ReportTables#ALL}, exactly as {@code jobs/run-sample.sh}
 * runs it (one night, as of the latest extract, 2025-03-31). It exits 2 by design: the sample holds
 * files that are rejected whole.
 *
 * <p>Built at most once per JVM (a full night costs a few minutes on two cores), on first use, into
 * {@code target/sample-lake-for-tests} (emptied first, so a lake left by an earlier build of other
 * code is never read). Tests read it and must not write it; a test that needs to change a lake makes
 * its own.
 */
public final class SampleLake {
  private static Built built;
  private static RuntimeException failed;

  /**
   * The lake, its Power BI export, the night that wrote them, and everything the night printed: its
   * stdout (the run summary) and its log at the levels the nightly job logs at.
   */
  public record Built(Path lake, Path export, RunRecord night, String pseudonymKey, Path nightLog) {}

  private SampleLake() {}

  /** The sample lake, built on the first call in this JVM. */
  public static synchronized Built get() {
    if (built == null && failed == null) {
      try {
        built = build();
      } catch (RuntimeException e) {
        failed = e;
      }
    }
    if (failed != null) {
      throw new IllegalStateException("the sample lake could not be built: " + failed.getMessage(), failed);
    }
    return built;
  }

  /** The lake folder (the folder given to {@code nightly.sh --lake}). */
  public static Path lake() {
    return get().lake();
  }

  /** The project folder: Maven's basedir, where {@code data/} and {@code notebooks/} are. */
  public static Path projectFolder() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  private static Built build() {
    Path project = projectFolder();
    Path landing = project.resolve("data/sample-landing");
    if (!Files.isDirectory(landing)) {
      throw new IllegalStateException(landing + " is missing: the committed sample landing folder");
    }
    Path root = project.resolve("target/sample-lake-for-tests");
    Path lake = root.resolve("lake");
    Path export = root.resolve("export");
    try {
      deleteRecursively(root);
      Files.createDirectories(root);
      String key = Files.readString(project.resolve("data/sample-pseudonym.key"), StandardCharsets.UTF_8).strip();
      Path log = root.resolve("night.log");
      RunRecord night;
      try (NightLog printed = NightLog.to(log)) {
        night = new NightlyJob(SparkTest.spark,
            new NightlyOptions(landing.toString(), lake.toString(), export.toString(), Optional.empty(), key),
            ReportTables.ALL).run();
      }
      if (night.exitCode() != NightlyJob.DONE_WITH_REJECTED_FILES) {
        throw new IllegalStateException("the night over the sample ended with exit " + night.exitCode()
            + " (expected " + NightlyJob.DONE_WITH_REJECTED_FILES + ", done with the sample's rejected files): "
            + night.message());
      }
      return new Built(lake, export, night, key, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
