package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
  private static final String MAIN = "uk.steppingstones.nightly.NightlyJob";
  /** Far beyond a tiny night on a busy two-core machine; only there so a hung JVM cannot hang the build. */
  private static final long TIMEOUT_MINUTES = 10;

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

  /** A started nightly JVM; stdout and stderr go to files so a full pipe can never stall it. */
  record Night(String name, Process process, Path stdout, Path stderr, CompletableFuture<Long> exitedAtNanos) {
    int awaitExit() throws Exception {
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(name + " did not end within " + TIMEOUT_MINUTES + " minutes\n" + log());
      }
      return process.exitValue();
    }

    List<String> stdoutLines() throws IOException {
      return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    /** The summary line as key -> value, after checking it is the last line on stdout. */
    Map<String, String> summary() throws IOException {
      List<String> lines = stdoutLines();
      assertFalse(lines.isEmpty(), name + " printed nothing on stdout\n" + log());
      String last = lines.get(lines.size() - 1);
      assertTrue(last.startsWith(RunSummary.LINE_PREFIX + " "), name + ": last stdout line is not the summary line: "
          + last + "\n" + log());
      Map<String, String> values = new LinkedHashMap<>();
      for (String word : last.substring(RunSummary.LINE_PREFIX.length() + 1).split(" ")) {
        String[] kv = word.split("=", 2);
        values.put(kv[0], kv[1]);
      }
      return values;
    }

    String log() throws IOException {
      return "--- " + name + " stdout:\n" + Files.readString(stdout) + "--- " + name + " stderr:\n"
          + Files.readString(stderr);
    }
  }

  /** {@code java} with this JVM's classpath and Spark's --add-opens list (as jobs/lib.sh and surefire use). */
  Night start(String name, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (int i = 0; i < jvm.size(); i++) {
      if (jvm.get(i).startsWith("--add-opens=")) {
        cmd.add(jvm.get(i));
      } else if (jvm.get(i).equals("--add-opens") && i + 1 < jvm.size()) {
        cmd.add("--add-opens=" + jvm.get(++i));
      }
    }
    assertTrue(cmd.size() > 1, "the test JVM has no --add-opens options to pass on (run it through Maven)");
    cmd.addAll(List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dspark.ui.enabled=false",
        "-Dlog4j2.configurationFile=log4j2-nightly.properties", "-cp", System.getProperty("java.class.path"), MAIN));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
        .redirectOutput(tmp.resolve(name + ".out").toFile()).redirectError(tmp.resolve(name + ".err").toFile());
    pb.environment().remove("SS_PSEUDONYM_KEY");
    pb.environment().putAll(env);
    Process p = pb.start();
    return new Night(name, p, tmp.resolve(name + ".out"), tmp.resolve(name + ".err"),
        p.onExit().thenApply(x -> System.nanoTime()));
  }

  Night startNight(String name) throws IOException {
    return start(name, Map.of("SS_PSEUDONYM_KEY", "process-test-key"),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString());
  }

  @Test
  void twoNightsStartedTogetherOnOneLake_oneRunsAndTheOtherExitsThreeAtOnceWritingNothing() throws Exception {
    Night a = startNight("night-a");
    Night b = startNight("night-b");
    int exitA = a.awaitExit(), exitB = b.awaitExit();
    assertEquals(List.of(0, 3), exitA < exitB ? List.of(exitA, exitB) : List.of(exitB, exitA),
        "one night runs (0), the other finds the lake held (3)\n" + a.log() + b.log());
    Night ran = exitA == 0 ? a : b, locked = exitA == 0 ? b : a;
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
      Night second = startNight("second");
      assertEquals(NightlyJob.LOCKED, second.awaitExit(), second.log());
      assertEquals("locked", second.summary().get("status"));
      assertEquals(before, snapshot(lake, export), "no file of the lake or the export was added, removed or touched");
    }
  }

  @Test
  void aNightThatRefusesToStartStillEndsWithTheSummaryLine() throws Exception {
    Night noKey = start("no-key", Map.of(),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString());
    Night badDate = start("bad-date", Map.of("SS_PSEUDONYM_KEY", "k"),
        "--landing", landing.toString(), "--lake", lake.toString(), "--export", export.toString(), "--as-of", "31/03/2025");
    for (Night n : List.of(noKey, badDate)) {
      assertEquals(NightlyJob.FAILED, n.awaitExit(), n.log());
      Map<String, String> line = n.summary();
      assertEquals("refused", line.get("status"));
      assertEquals("1", line.get("exit"));
      assertEquals("none", line.get("as_of"));
    }
    assertTrue(Files.readString(noKey.stderr()).contains("no pseudonymisation key"), noKey.log());
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
