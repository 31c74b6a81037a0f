package uk.steppingstones.nightly;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a run prints on stdout: the one-screen summary (files, per-dataset counts, the line check,
 * reasons), then, whatever the outcome, one {@link #line} for schedulers and log searches.
 */
final class RunSummary {
  static final String LINE_PREFIX = "stepping-stones-nightly";

  private RunSummary() {}

  /**
   * The summary line, always the run's last line on stdout: {@code key=value} pairs in a fixed
   * order, no value holding a space, so {@code grep}/{@code awk} can read it. {@code status} is
   * {@code done} (exit 0 or 2), {@code failed} (1), {@code locked} (3) or {@code refused} (1: bad
   * options or no key); {@code as_of} is {@code none} when no date was reached.
   * {@code lines_read = loaded + quarantined + lines_in_rejected_files}; files rejected again
   * ("still rejected") count in {@code files_rejected}.
   */
  static String line(RunRecord r) {
    long[] files = new long[4];
    long read = 0, loaded = 0, quarantined = 0, inRejected = 0, superseded = 0;
    for (FileOutcome f : r.files()) {
      switch (f.outcome()) {
        case FileOutcome.INGESTED -> {
          files[0]++;
          read += f.linesRead();
          loaded += f.loaded();
          quarantined += f.quarantined();
          superseded += f.superseded();
        }
        case FileOutcome.REJECTED -> {
          files[1]++;
          read += f.linesRead();
          inRejected += f.linesRead();
        }
        case FileOutcome.STILL_REJECTED -> files[1]++;
        case FileOutcome.SKIPPED -> files[2]++;
        default -> files[3]++;
      }
    }
    String status = r.status().equals(RunRecord.SUCCEEDED) ? "done" : r.status();
    double seconds = (r.endedAt().getTime() - r.startedAt().getTime()) / 1000.0;
    // Locale.ROOT: a decimal point on every machine, so the value parses the same everywhere.
    return String.format(Locale.ROOT, "%s status=%s exit=%d as_of=%s run_id=%s files_ingested=%d files_rejected=%d"
            + " files_skipped=%d files_unrecognised=%d lines_read=%d loaded=%d quarantined=%d"
            + " lines_in_rejected_files=%d superseded=%d seconds=%.1f",
        LINE_PREFIX, status, r.exitCode(), r.asOf() == null ? "none" : r.asOf(), r.runId(), files[0], files[1],
        files[2], files[3], read, loaded, quarantined, inRejected, superseded, seconds);
  }

  static String format(RunRecord r) {
    StringBuilder s = new StringBuilder();
    double seconds = (r.endedAt().getTime() - r.startedAt().getTime()) / 1000.0;
    s.append(String.format("%nStepping Stones nightly run %s%n", r.runId()));
    s.append(String.format("  as of %s  |  %s (exit %d)  |  %.1f s%n", r.asOf(), r.message(), r.exitCode(), seconds));
    Map<String, Long> byOutcome = r.files().stream()
        .collect(Collectors.groupingBy(FileOutcome::outcome, TreeMap::new, Collectors.counting()));
    s.append("  files: ").append(byOutcome.isEmpty() ? "none" : byOutcome.toString().replaceAll("[{}]", "")).append('\n');
    for (FileOutcome f : r.files()) {
      if (f.isRejected() || f.outcome().equals(FileOutcome.UNRECOGNISED)) {
        s.append(String.format("    %-15s %s%n", f.outcome(), f.message().startsWith(f.file()) ? f.message() : f.file() + ": " + f.message()));
      }
    }
    s.append(String.format("%n  %-18s %6s %10s %10s %12s %11s%n", "dataset", "files", "lines read", "loaded",
        "quarantined", "superseded"));
    Map<String, long[]> byDataset = new TreeMap<>();
    long rejectedLines = 0;
    for (FileOutcome f : r.files()) {
      if (f.outcome().equals(FileOutcome.INGESTED)) {
        long[] t = byDataset.computeIfAbsent(f.dataset(), d -> new long[5]);
        t[0]++;
        t[1] += f.linesRead();
        t[2] += f.loaded();
        t[3] += f.quarantined();
        t[4] += f.superseded();
      } else if (f.outcome().equals(FileOutcome.REJECTED)) {
        rejectedLines += f.linesRead();
      }
    }
    long[] total = new long[5];
    byDataset.forEach((d, t) -> {
      s.append(String.format("  %-18s %6d %10d %10d %12d %11d%n", d, t[0], t[1], t[2], t[3], t[4]));
      for (int i = 0; i < 5; i++) {
        total[i] += t[i];
      }
    });
    s.append(String.format("  %-18s %6d %10d %10d %12d %11d%n", "total", total[0], total[1], total[2], total[3], total[4]));
    s.append(String.format("%n  every line accounted for: %d read = %d loaded + %d quarantined%s; of the loaded, %d"
            + " superseded by newer versions%n",
        total[1] + rejectedLines, total[2], total[3],
        rejectedLines > 0 ? " + " + rejectedLines + " in rejected files" : "", total[4]));
    appendReasons(s, "quarantined", r.quarantineReasons());
    appendReasons(s, "data quality (optional values read as no value)", r.dataQuality());
    if (!r.mergeCycles().isEmpty()) {
      s.append("  person merge cycles left unresolved: ").append(r.mergeCycles()).append('\n');
    }
    return s.toString();
  }

  private static void appendReasons(StringBuilder s, String title, List<DatasetIngest.ReasonCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    s.append("  ").append(title).append(":\n");
    for (DatasetIngest.ReasonCount c : counts) {
      s.append(String.format("    %-18s %-22s %-36s %6d%n", c.dataset(), c.column() == null ? "(record)" : c.column(),
          c.reason(), c.rows()));
    }
  }
}
