package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operators' summary line is a pure function of the run record. */
class RunSummaryLineTest {
  private static final Timestamp START = Timestamp.from(Instant.parse("2025-04-01T01:00:00Z"));
  private static final Timestamp END = Timestamp.from(Instant.parse("2025-04-01T01:01:51.640Z"));

  private static FileOutcome file(String name, String outcome, long read, long loaded, long quarantined, long superseded) {
    return new FileOutcome(name, name.replaceAll("_\\d{8}.*", ""), LocalDate.of(2025, 3, 31), 0, 0, 0, "c",
        100, read, loaded, quarantined, superseded, outcome, null);
  }

  private static RunRecord record(String status, int exit, LocalDate asOf, List<FileOutcome> files) {
    return new RunRecord("20250401T010000Z-1a2b3c4d", START, END, asOf, status, exit, "a message with spaces", files,
        List.of(), List.of(), List.of(), Map.of(), null);
  }

  @Test
  void aNightWithRejectedFilesCountsEveryOutcomeAndEveryLine() {
    RunRecord r = record(RunRecord.SUCCEEDED, NightlyJob.DONE_WITH_REJECTED_FILES, LocalDate.of(2025, 3, 31), List.of(
        file("person_20250331.csv", FileOutcome.INGESTED, 100, 98, 2, 5),
        file("ss_involvement_20250331.csv", FileOutcome.INGESTED, 50, 47, 3, 0),
        file("plo_20250331.csv", FileOutcome.REJECTED, 7, 0, 0, 0),
        file("plo_20250329_1.csv", FileOutcome.STILL_REJECTED, 0, 0, 0, 0),
        file("person_20250330.csv", FileOutcome.SKIPPED, 0, 0, 0, 0),
        file("notes.txt", FileOutcome.UNRECOGNISED, 0, 0, 0, 0)));
    assertEquals("stepping-stones-nightly status=done exit=2 as_of=2025-03-31 run_id=20250401T010000Z-1a2b3c4d"
        + " files_ingested=2 files_rejected=2 files_skipped=1 files_unrecognised=1 lines_read=157 loaded=145"
        + " quarantined=5 lines_in_rejected_files=7 superseded=5 seconds=111.6", RunSummary.line(r));
  }

  @Test
  void theLineAddsUpAndEveryValueIsOneWord() {
    RunRecord r = record(RunRecord.SUCCEEDED, NightlyJob.DONE, LocalDate.of(2025, 3, 31), List.of(
        file("person_20250331.csv", FileOutcome.INGESTED, 10, 9, 1, 0),
        file("plo_20250331.csv", FileOutcome.REJECTED, 4, 0, 0, 0)));
    String line = RunSummary.line(r);
    assertFalse(line.contains("\n"));
    Map<String, String> v = new HashMap<>();
    String[] words = line.split(" ");
    assertEquals("stepping-stones-nightly", words[0]);
    for (int i = 1; i < words.length; i++) {
      String[] kv = words[i].split("=", -1);
      assertEquals(2, kv.length, words[i]);
      assertFalse(kv[1].isEmpty(), words[i]);
      v.put(kv[0], kv[1]);
    }
    assertEquals(Long.parseLong(v.get("lines_read")), Long.parseLong(v.get("loaded"))
        + Long.parseLong(v.get("quarantined")) + Long.parseLong(v.get("lines_in_rejected_files")));
  }

  @Test
  void aLockedRunShowsNoDateAndNoCounts() {
    RunRecord r = RunRecord.nothingDone("20250401T010000Z-99999999", Instant.now(), RunRecord.LOCKED, NightlyJob.LOCKED,
        "another run holds the lake /lake; nothing was done");
    assertTrue(RunSummary.line(r).matches("stepping-stones-nightly status=locked exit=3 as_of=none"
        + " run_id=20250401T010000Z-99999999 files_ingested=0 files_rejected=0 files_skipped=0 files_unrecognised=0"
        + " lines_read=0 loaded=0 quarantined=0 lines_in_rejected_files=0 superseded=0 seconds=\\d+\\.\\d"),
        RunSummary.line(r));
  }

  @Test
  void failedAndRefusedRunsSayWhichAndExitOne() {
    assertTrue(RunSummary.line(record(RunRecord.FAILED, NightlyJob.FAILED, LocalDate.of(2025, 3, 31), List.of()))
        .startsWith("stepping-stones-nightly status=failed exit=1 as_of=2025-03-31 "));
    assertTrue(RunSummary.line(record(RunRecord.REFUSED, NightlyJob.FAILED, null, List.of()))
        .startsWith("stepping-stones-nightly status=refused exit=1 as_of=none "));
  }

  @Test
  void secondsHaveADecimalPointWhateverTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertTrue(RunSummary.line(record(RunRecord.SUCCEEDED, 0, null, List.of())).endsWith(" seconds=111.6"));
    } finally {
      Locale.setDefault(before);
    }
  }
}
