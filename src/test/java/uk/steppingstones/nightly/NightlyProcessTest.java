package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/**
 * The nightly command as the scheduler runs it: separate JVMs with the job's main class, judged
 * by exit status, by the summary line that ends stdout, and by what is in the lake afterwards.
 */
class NightlyProcessTest extends SparkTest {
  @TempDir Path tmp;
  Path landing, lake, export;

  @BeforeEach
  void tinyLandingFolder() throws IOException {
    landing = Files.createDirectories(tmp.resolve("landing"));
    lake = tmp.resolve("lake");
    export = tmp.resolve("export");
    Files.writeString(landing.resolve("person_20250301.csv"), String.join("\n",
        "PersonID,Forename,Surname,Gender,DateOfBirth,FamilyID,MergedIntoPersonID,LastModified",
        "P1,Ada,Able,Female,2015-02-01,F1,,2025-03-01",
        "P2,Ben,Baker,Male,2013-05-06,F1,,2025-03-01",
        "P3,Cal,Cole,Male,2012-01-01,,,2025-03-01") + "\n", StandardCharsets.UTF_8);
    Files.writeString(landing.resolve("ss_involvement_20250301.csv"), String.join("\n",
        "InvolvementID,PersonID,StartDate,EndDate,LastModified,Deleted",
        "I1,P1,2024-04-01,,2025-03-01,",
        "I2,P2,2024-05-01,2024-09-01,2025-03-01,No") + "\n", StandardCharsets.UTF_8);
  }

  NightProcess startNight(String name) throws IOException {
    return NightProcess.start(name, tmp, Map.of("SS_PSEUDONYM_KEY", "process-test-key"),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString());
  }

  @Test
  void twoNightsStartedTogetherOnOneLake_oneRunsAndTheOtherExitsThreeAtOnceWritingNothing() throws Exception {
    NightProcess a = startNight("night-a");
    NightProcess b = startNight("night-b");
    int exitA = a.awaitExit(), exitB = b.awaitExit();
    assertEquals(List.of(0, 3), exitA < exitB ? List.of(exitA, exitB) : List.of(exitB, exitA),
        "one night runs (0), the other finds the lake held (3)\n" + a.log() + b.log());
    NightProcess ran = exitA == 0 ? a : b, locked = exitA == 0 ? b : a;
    assertTrue(locked.exitedAtNanos().get() < ran.exitedAtNanos().get(),
        "the locked-out night exited at once, before the other finished");

    Map<String, String> done = ran.summary();
    assertEquals("done", done.get("status"));
    assertEquals("0", done.get("exit"));
    assertEquals("2025-03-01", done.get("as_of"));
    assertEquals("2", done.get("files_ingested"));
    assertEquals("5", done.get("lines_read"));
    assertEquals("5", done.get("loaded"));
    assertEquals("0", done.get("quarantined"));
    assertTrue(ran.stdoutLines().stream().anyMatch(l -> l.startsWith("Stepping Stones nightly run " + done.get("run_id"))),
        "the one-screen summary comes before the line\n" + ran.log());

    Map<String, String> held = locked.summary();
    assertEquals("locked", held.get("status"));
    assertEquals("3", held.get("exit"));
    assertEquals("none", held.get("as_of"));
    assertEquals("0", held.get("files_ingested"));
    assertNotEquals(done.get("run_id"), held.get("run_id"));
    assertEquals(List.of("another run holds the lake " + lake + "; nothing was done"),
        locked.stdoutLines().subList(0, locked.stdoutLines().size() - 1), "no run summary: it did not run");

    // The lake holds the one run's work and its record only.
    List<Row> records = spark.read().format("delta").load(lake.resolve("ops/run_record").toString())
        .select("run_id", "status", "exit_code").collectAsList();
    assertEquals(1, records.size(), "one run record: the locked-out night wrote none");
    assertEquals(done.get("run_id"), records.get(0).getString(0));
    assertEquals(RunRecord.SUCCEEDED, records.get(0).getString(1));
    List<Row> ledger = spark.read().format("delta").load(lake.resolve("ops/ingest_ledger").toString())
        .select("file_name", "run_id").orderBy("file_name").collectAsList();
    assertEquals("[[person_20250301.csv," + done.get("run_id") + "], [ss_involvement_20250301.csv,"
        + done.get("run_id") + "]]", ledger.toString());
    assertEquals(3, spark.read().format("delta").load(lake.resolve("raw/person").toString()).count(),
        "each line loaded once");
  }

  @Test
  void aNightThatFindsTheLakeHeldChangesNoFileOfTheLakeOrTheExport() throws Exception {
    // A lake with tables in it, written in this JVM (cheaper than another Spark process).
    RunRecord first = new NightlyJob(spark, new NightlyOptions(landing.toString(), lake.toString(), export.toString(),
        java.util.Optional.empty(), "process-test-key"), List.of(NightlyJobTest.INVOLVEMENTS)).run();
    assertEquals(NightlyJob.DONE, first.exitCode());
    try (RunLock held = RunLock.tryAcquire(lake.toString(), spark.sparkContext().hadoopConfiguration()).orElseThrow()) {
      Map<String, String> before = snapshot(lake, export);
      assertTrue(before.keySet().stream().anyMatch(f -> f.contains("ops/run_record/_delta_log/")), before.toString());
      NightProcess second = startNight("second");
      assertEquals(NightlyJob.LOCKED, second.awaitExit(), second.log());
      assertEquals("locked", second.summary().get("status"));
      assertEquals(before, snapshot(lake, export), "no file of the lake or the export was added, removed or touched");
    }
  }

  @Test
  void aNightThatRefusesToStartStillEndsWithTheSummaryLine() throws Exception {
    NightProcess noKey = NightProcess.start("no-key", tmp, Map.of(),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString());
    NightProcess badDate = NightProcess.start("bad-date", tmp, Map.of("SS_PSEUDONYM_KEY", "k"),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString(), "--as-of", "31/03/2025");
    for (NightProcess n : List.of(noKey, badDate)) {
      assertEquals(NightlyJob.FAILED, n.awaitExit(), n.log());
      Map<String, String> line = n.summary();
      assertEquals("refused", line.get("status"));
      assertEquals("1", line.get("exit"));
      assertEquals("none", line.get("as_of"));
    }
    assertTrue(Files.readString(noKey.stderr).contains("no pseudonymisation key"), noKey.log());
    assertFalse(Files.exists(lake), "a refused night does not even create the lake folder");
  }

  /** Every file and folder under the given folders: path -> size, modification time and SHA-256 of the content. */
  private static Map<String, String> snapshot(Path... dirs) throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (Path dir : dirs) {
      try (var walk = Files.walk(dir)) {
        for (Path f : walk.toList()) {
          String attrs = Files.isDirectory(f) ? "folder" : Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
          // Never open the lock file: closing any descriptor of it drops this JVM's lock (POSIX fcntl).
          if (Files.isRegularFile(f) && !f.getFileName().toString().equals(".nightly.lock")) {
            attrs += " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
          }
          files.put(f.toString(), attrs);
        }
      }
    }
    return files;
  }
}
