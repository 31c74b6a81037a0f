package uk.steppingstones.maintenance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.DeltaLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.nightly.NightlyJob;
import uk.steppingstones.nightly.NightlyOptions;
import uk.steppingstones.nightly.RunLock;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * A healthy lake over years: maintenance between two nights compacts the small files the nights
 * left and deletes nothing a published night needs, so the second night runs as it would have and
 * the first night's figures still read back as published (the versions its run record names). It
 * refuses to run while a night holds the lake; with a retention shorter than the real one (only
 * here) it does delete replaced files, and says how many and how many bytes.
 */
class LakeMaintenanceTest extends SparkTest {
  @TempDir Path tmp;

  /** A small gold table: each involvement and whether it is open. */
  static final ReportTable OPEN = new ReportTable() {
    public String name() {
      return "test_open_involvements";
    }

    public Dataset<Row> build(ReportInputs in) {
      return in.table("ss_involvement").select(col("involvement_id"), col("end_date").isNull().as("open"));
    }

    public TableDoc doc() {
      return TableDoc.of("involvement", "A test table: each involvement and whether it is open.",
          ColumnDoc.key("involvement_id", "The involvement."), ColumnDoc.value("open", "Whether it is open."));
    }
  };

  @Test
  void maintenanceBetweenTwoNightsKeepsEveryPublishedFigureAndRefusesWhileANightRuns() throws Exception {
    Path landing = Files.createDirectories(tmp.resolve("landing"));
    String lake = tmp.resolve("lake").toString();
    // Three files of one dataset in a night: its raw table gets a small file for each.
    for (int n = 0; n < 3; n++) {
      Files.writeString(landing.resolve("ss_involvement_20250301" + (n == 0 ? "" : "_" + n) + ".csv"),
          "InvolvementID,PersonID,StartDate,EndDate,LastModified\nI" + n + ",P1,2024-04-01,,2025-03-01\n");
    }
    RunRecord first = night(landing, lake);
    Map<String, String> firstFigures = asPublished(lake, first.runId());
    assertEquals("[I0,true], [I1,true], [I2,true]", firstFigures.get("test_open_involvements"));
    Set<String> filesBefore = dataFiles(lake);

    LakeMaintenance.Summary s = new LakeMaintenance(spark, lake).run();
    assertEquals(tables(lake).size(), s.tables());
    assertTrue(s.filesCompacted() >= 3 && s.filesWritten() >= 1, "small files compacted: " + s);
    assertEquals(0, s.filesDeleted(), "nothing is older than the retention: " + s);
    assertEquals(0, s.bytesFreed());
    Set<String> filesAfter = dataFiles(lake);
    assertTrue(filesAfter.containsAll(filesBefore), "a file OPTIMIZE replaced stays on disk within the retention");
    assertTrue(filesAfter.size() > filesBefore.size(), "OPTIMIZE wrote the compacted files");
    for (String table : tables(lake)) {
      Map<String, String> props = properties(table);
      assertEquals("interval 430 days", props.get("delta.deletedFileRetentionDuration"), table);
      assertEquals("interval 3650 days", props.get("delta.logRetentionDuration"), table);
    }
    assertEquals(firstFigures, asPublished(lake, first.runId()), "the first night as published, after maintenance");
    // Delta's own check stays on: a hand-run VACUUM shorter than the tables' retention is refused.
    String raw = lake + "/raw/ss_involvement";
    Exception refused = assertThrows(Exception.class, () -> spark.sql("VACUUM delta.`" + raw + "` RETAIN 0 HOURS"));
    assertTrue(String.valueOf(refused.getMessage()).contains("retention"), refused.getMessage());

    // The second night closes I0 and opens I3.
    Files.writeString(landing.resolve("ss_involvement_20250302.csv"),
        "InvolvementID,PersonID,StartDate,EndDate,LastModified\nI0,P1,2024-04-01,2024-09-30,2025-03-02\n"
            + "I3,P2,2024-10-01,,2025-03-02\n");
    RunRecord second = night(landing, lake);
    Map<String, String> secondFigures = asPublished(lake, second.runId());
    assertEquals("[I0,false], [I1,true], [I2,true], [I3,true]", secondFigures.get("test_open_involvements"));
    assertEquals(4, spark.read().format("delta").load(lake + "/conformed/ss_involvement").count());
    assertEquals(firstFigures, asPublished(lake, first.runId()), "the first night as published, after the second");
    assertEquals("interval 430 days", properties(lake + "/report/test_open_involvements")
        .get("delta.deletedFileRetentionDuration"), "a night's overwrite keeps the retention");

    // While a night holds the lake, maintenance does nothing and says so.
    try (RunLock held = RunLock.tryAcquire(lake, spark.sparkContext().hadoopConfiguration()).orElseThrow()) {
      Set<String> before = dataFiles(lake);
      PrintStream stdout = System.out;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int exit;
      try {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        exit = MaintainJob.command(new String[] {"--lake", lake});
      } finally {
        System.setOut(stdout);
      }
      assertEquals(MaintainJob.LOCKED, exit);
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
          "stepping-stones-maintain status=locked exit=3 tables=0 files_compacted=0 files_written=0 files_deleted=0"
              + " bytes_freed=0 retention_days=430 seconds="), out.toString(StandardCharsets.UTF_8));
      assertEquals(before, dataFiles(lake));
    }

    // Only here, a retention of nothing: every replaced file goes, and is counted.
    Map<String, Long> sizes = sizes(lake);
    LakeMaintenance.Summary zero = new LakeMaintenance(spark, lake, Duration.ZERO).run();
    assertTrue(zero.filesDeleted() > 0, "replaced files deleted: " + zero);
    Set<String> gone = new java.util.TreeSet<>(sizes.keySet());
    gone.removeAll(dataFiles(lake));
    assertEquals(gone.size(), zero.filesDeleted(), "the files it says it deleted are gone from disk");
    assertEquals(gone.stream().mapToLong(sizes::get).sum(), zero.bytesFreed(), "and so are the bytes");
    assertEquals("[I0,false], [I1,true], [I2,true], [I3,true]", spark.read().format("delta")
        .load(lake + "/report/test_open_involvements").collectAsList().stream().map(Row::toString).sorted()
        .collect(Collectors.joining(", ")), "the current version still reads, with the same figures");
    // With no retention even the versions the nights published are gone: why the real retention is 13
    // months and more. The last night's stay, being the current ones: each of its tables is one file
    // (one shuffle partition), which compaction leaves as it is.
    assertThrows(Exception.class, () -> asPublished(lake, first.runId()));
    assertEquals(secondFigures, asPublished(lake, second.runId()), "the last night as published, kept whole");
    assertTrue(MaintainJob.line("done", 0, zero, Duration.ofMillis(1500)).matches("stepping-stones-maintain status=done"
        + " exit=0 tables=\\d+ files_compacted=\\d+ files_written=\\d+ files_deleted=[1-9]\\d* bytes_freed=[1-9]\\d*"
        + " retention_days=430 seconds=1\\.5"));
  }

  private RunRecord night(Path landing, String lake) {
    RunRecord r = new NightlyJob(spark, new NightlyOptions(landing.toString(), lake, tmp.resolve("export").toString(),
        Optional.empty(), "test-key"), List.of(OPEN)).run();
    assertEquals(NightlyJob.DONE, r.exitCode(), r.message());
    return r;
  }

  /**
   * Every gold and conformed table at the version a night's run record names (as sql.sh
   * --as-published reads it), each as its sorted rows.
   */
  private Map<String, String> asPublished(String lake, String runId) {
    Row record = spark.read().format("delta").load(lake + "/ops/run_record").filter(col("run_id").equalTo(runId))
        .select("table_versions").first();
    Map<String, Long> versions = record.getJavaMap(0);
    Map<String, String> figures = new TreeMap<>();
    for (var v : versions.entrySet()) {
      String path = Files.exists(Path.of(lake, "report", v.getKey())) ? lake + "/report/" + v.getKey()
          : lake + "/conformed/" + v.getKey();
      if (v.getValue() < 0 || !Files.exists(Path.of(path))) {
        continue;
      }
      Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", v.getValue()).load(path);
      figures.put(v.getKey(), rows.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.joining(", ")));
    }
    assertTrue(figures.containsKey("test_open_involvements"), figures.keySet().toString());
    return figures;
  }

  private static List<String> tables(String lake) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(lake))) {
      return walk.filter(p -> p.getFileName().toString().equals("_delta_log")).map(p -> p.getParent().toString())
          .sorted().toList();
    }
  }

  private static Map<String, String> properties(String table) {
    return scala.collection.JavaConverters.mapAsJavaMap(DeltaLog.forTable(spark, table)
        .update(false, Option.empty(), Option.empty()).metadata().configuration());
  }

  /** The tables' data files on disk (not their logs). */
  private static Set<String> dataFiles(String lake) throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of(lake))) {
      return walk.filter(p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log"))
          .map(Path::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private static Map<String, Long> sizes(String lake) throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    for (String f : dataFiles(lake)) {
      sizes.put(f, Files.size(Path.of(f)));
    }
    return sizes;
  }
}
