package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing the run an --as-published night names, from run records (no Spark needed). */
class PublishedNightTest {
  static final LocalDate MARCH_28 = LocalDate.of(2025, 3, 28), MARCH_31 = LocalDate.of(2025, 3, 31);
  static final List<PublishedNight.Run> RUNS = List.of(
      run("r1", MARCH_28, "2025-03-29 01:00:00", "succeeded", 3),
      run("r2", MARCH_28, "2025-03-29 02:00:00", "succeeded", 3),   // a re-run that kept the report
      run("r3", MARCH_31, "2025-04-01 01:00:00", "failed", -1),
      run("r4", MARCH_31, "2025-04-01 02:00:00", "succeeded", 4),
      run("r5", null, "2025-03-20 01:00:00", "locked", -1));

  static PublishedNight.Run run(String id, LocalDate asOf, String ended, String status, long goldVersion) {
    return new PublishedNight.Run(id, asOf, Timestamp.valueOf(ended), status,
        goldVersion < 0 ? Map.of() : Map.of("monthly_savings", goldVersion));
  }

  @Test
  void anAsOfDateIsTheLatestSuccessfulRunWithIt() {
    assertEquals("r2", PublishedNight.choose(RUNS, "2025-03-28").runId());
    PublishedNight n = PublishedNight.choose(RUNS, " 2025-03-31 ");
    assertEquals("r4", n.runId());
    assertEquals(Map.of("monthly_savings", 4L), n.tableVersions());
    assertEquals("run r4 (as of 2025-03-31, finished 2025-04-01 02:00:00 UTC)", n.describe());
  }

  @Test
  void aRunIdIsThatRun() {
    assertEquals("r1", PublishedNight.choose(RUNS, "r1").runId());
  }

  @Test
  void aNightThatNeverRanSaysWhichNightsDid() {
    BadInput e = assertThrows(BadInput.class, () -> PublishedNight.choose(RUNS, "2025-03-27"));
    assertEquals("--as-published 2025-03-27: no successful night had as-of date 2025-03-27;"
        + " nights that did: 2025-03-31, 2025-03-28", e.getMessage());
    BadInput id = assertThrows(BadInput.class, () -> PublishedNight.choose(RUNS, "yesterday"));
    assertTrue(id.getMessage().startsWith("--as-published yesterday: no run with that id"), id.getMessage());
    BadInput none = assertThrows(BadInput.class, () -> PublishedNight.choose(List.of(), "2025-03-28"));
    assertTrue(none.getMessage().endsWith("nights that did: none"), none.getMessage());
  }

  @Test
  void aFailedRunPublishedNothing() {
    BadInput e = assertThrows(BadInput.class, () -> PublishedNight.choose(RUNS, "r3"));
    assertEquals("--as-published r3: that run failed and published nothing"
        + " (a failed run's tables are put back as they were)", e.getMessage());
  }
}
