package uk.steppingstones.nightly;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.export.ExportManifest;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/** Whole nights on small hand-made landing folders. */
class NightlyJobTest extends SparkTest {
  @TempDir Path tmp;
  Path landing, lake, export;

  /** A tiny report table, so the report and export stages run too. */
  static final ReportTable INVOLVEMENTS = new ReportTable() {
    public String name() {
      return "test_involvements";
    }

    public Dataset<Row> build(ReportInputs in) {
      return in.table("ss_involvement")
          .select(in.childKey(col("person_id")).as("child_key"), col("involvement_id"), col("start_date"), col("end_date"));
    }

    public TableDoc doc() {
      return TableDoc.of("involvement", "A test table: the involvements, with their child.",
          ColumnDoc.value("child_key", "The child."), ColumnDoc.key("involvement_id", "The involvement."),
          ColumnDoc.value("start_date", "Its start."), ColumnDoc.value("end_date", "Its end."));
    }
  };

  @BeforeEach
  void folders() throws IOException {
    landing = Files.createDirectories(tmp.resolve("landing"));
    lake = tmp.resolve("lake");
    export = tmp.resolve("export");
  }

  void land(String name, String... lines) throws IOException {
    Files.writeString(landing.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  RunRecord night(List<ReportTable> tables) {
    return night(tables, "test-key");
  }

  RunRecord night(List<ReportTable> tables, String key) {
    return new NightlyJob(spark, new NightlyOptions(landing.toString(), lake.toString(), export.toString(),
        Optional.empty(), key), tables).run();
  }

  Dataset<Row> conformedTable(String name) {
    return spark.read().format("delta").load(lake.resolve("conformed").resolve(name).toString());
  }

  Dataset<Row> ops(String name) {
    return spark.read().format("delta").load(lake.resolve("ops").resolve(name).toString());
  }

  void firstNight() throws IOException {
    land("person_20250301.csv",
        "PersonID,Forename,Surname,Gender,DateOfBirth,FamilyID,MergedIntoPersonID,LastModified",
        "P1,Zebedee,Quixotic,Male,01/02/2015,,,2025-03-01",
        "P2,Yolanda,Xylophone,female,2014-05-06,F1,P3,2025-03-01",
        "P3,Wilhelmina,Vortigern,Female,2013-05-06,F1,P4,2025-03-01",
        "P4,Ulysses,Thistlewood,Female,2013-05-06,F1,,2025-03-01",
        "P5,Sigourney,Rumplestiltskin,Male,2012-01-01,,P6,2025-03-01",
        "P6,Quentin,Pomegranate,Male,2012-01-01,,P5,2025-03-01",
        ",Orville,Nightingale,Male,2013-05-06,,,2025-03-01");
    land("ss_involvement_20250301.csv",
        "InvolvementID,PersonID,StartDate,EndDate,LastModified,Deleted",
        "I1,P1,01/04/2024,,2025-03-01,",
        "I2,P2,2024-05-01,2024-04-01,2025-03-01,No",
        "I3,P2,2024-05-01,2024-09-01,2025-03-01,No",
        "I4,P1,2024-06-01,,2025-03-01 09:00,",
        "I4,P1,2024-06-02,,2025-03-01 09:00,",
        "I5,P1,2024-07-01,,2025-03-01,",
        "I6,P1,31/02/2024,,2025-03-01,",
        "I7,P1,2024-07-01,,2025-03-01");
    land("plo_20250301.csv", "PLOID,PersonID,LastModified", "X,P1,2025-03-01");
    land("notes.txt", "not an extract");
  }

  @Test
  void firstNightLoadsQuarantinesRejectsAndAccountsForEveryLine() throws IOException {
    firstNight();
    RunRecord r = night(List.of(INVOLVEMENTS));
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, r.exitCode());
    assertEquals(java.time.LocalDate.of(2025, 3, 1), r.asOf());

    FileOutcome plo = r.files().stream().filter(f -> f.file().equals("plo_20250301.csv")).findFirst().orElseThrow();
    assertEquals(FileOutcome.REJECTED, plo.outcome());
    assertEquals("plo_20250301.csv: missing required column 'StartDate'", plo.message());
    assertTrue(r.files().stream().anyMatch(f -> f.file().equals("notes.txt") && f.outcome().equals(FileOutcome.UNRECOGNISED)));

    // Involvements: I2 quarantined (end before start), I6 (31 February), I7 (wrong number of fields);
    // I4 twice with the same LastModified in one file: the later line wins.
    assertRows(conformedTable("ss_involvement"), "involvement_id|person_id|start_date|source_line",
        "I1|P1|2024-04-01|2", "I3|P4|2024-05-01|4", "I4|P1|2024-06-02|6", "I5|P1|2024-07-01|7");
    assertRows(ops("quarantine"), "dataset|source_file|source_line|column|reason",
        "person|person_20250301.csv|8|PersonID|missing required value",
        "ss_involvement|ss_involvement_20250301.csv|3|EndDate|EndDate before StartDate",
        "ss_involvement|ss_involvement_20250301.csv|8|StartDate|unreadable date",
        "ss_involvement|ss_involvement_20250301.csv|9||wrong number of fields");

    // Merge chain P2 -> P3 -> P4; the cycle P5 <-> P6 is left alone and reported.
    assertRows(conformedTable("person_survivor"), "person_id|surviving_person_id", "P2|P4", "P3|P4");
    assertEquals(List.of("P5", "P6"), r.mergeCycles());

    FileOutcome inv = r.files().stream().filter(f -> f.file().startsWith("ss_involvement")).findFirst().orElseThrow();
    assertEquals(8, inv.linesRead());
    assertEquals(5, inv.loaded());
    assertEquals(3, inv.quarantined());
    assertEquals(1, inv.superseded());
    long read = r.files().stream().mapToLong(FileOutcome::linesRead).sum();
    long loaded = r.files().stream().mapToLong(FileOutcome::loaded).sum();
    long quarantined = r.files().stream().mapToLong(FileOutcome::quarantined).sum();
    long rejectedLines = r.files().stream().filter(FileOutcome::isRejected).mapToLong(FileOutcome::linesRead).sum();
    assertEquals(8 + 7 + 1, read);
    assertEquals(read, loaded + quarantined + rejectedLines);

    assertRows(spark.read().parquet(export.resolve("test_involvements.parquet").toString()), "involvement_id",
        "I1", "I3", "I4", "I5");
    ExportManifest manifest = ExportManifest.parse(Files.readAllBytes(export.resolve("_manifest.json")));
    assertEquals(r.runId(), manifest.runId());
    assertEquals(r.asOf(), manifest.asOfDate());
    // The test table declares no figure, so its detail table (written beside it) lists no records.
    assertEquals(List.of("test_involvements.parquet:4", "test_involvements_detail.parquet:0"),
        manifest.tables().stream().map(t -> t.file() + ":" + t.rows()).toList());
  }

  @Test
  void laterNightsApplyNewerVersionsDeletionsCorrectionsAndMerges() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    land("ss_involvement_20250302.csv",
        "InvolvementID,PersonID,StartDate,EndDate,LastModified,Deleted",
        "I1,P1,01/04/2024,30/09/2024,2025-03-02,",   // newer: closed
        "I4,P1,2024-01-01,,2025-02-01,",             // older than what we hold: superseded
        "I5,P1,2024-07-01,,2025-03-02,Yes",          // deleted
        "I8,P9,2024-08-01,,2025-03-02,");
    land("person_20250302.csv",
        "PersonID,DateOfBirth,MergedIntoPersonID,LastModified",
        "P9,2016-01-01,P1,2025-03-02");                 // P9 merged into P1 after its records arrived
    RunRecord r = night(List.of(INVOLVEMENTS));
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, r.exitCode(), "the rejected plo file is still in landing");
    assertTrue(r.files().stream().anyMatch(f -> f.file().equals("ss_involvement_20250301.csv") && f.outcome().equals(FileOutcome.SKIPPED)));
    Dataset<Row> current = conformedTable("ss_involvement").filter("not deleted");
    assertRows(current, "involvement_id|person_id|source_person_id|end_date",
        "I1|P1|P1|2024-09-30", "I3|P4|P2|2024-09-01", "I4|P1|P1|", "I8|P1|P9|");

    // An older version of the deleted I5 arriving later does not bring it back.
    land("ss_involvement_20250303.csv", "InvolvementID,PersonID,StartDate,LastModified", "I5,P1,2024-07-01,2025-03-01 12:00");
    night(List.of(INVOLVEMENTS));
    assertEquals(0, conformedTable("ss_involvement").filter("involvement_id = 'I5' and not deleted").count());

    // A corrected file (same name, new content) is ingested again and ranks after the original.
    land("ss_involvement_20250303.csv", "InvolvementID,PersonID,StartDate,LastModified", "I8,P9,2024-08-15,2025-03-02");
    RunRecord corrected = night(List.of(INVOLVEMENTS));
    FileOutcome c = corrected.files().stream().filter(f -> f.file().equals("ss_involvement_20250303.csv")).findFirst().orElseThrow();
    assertEquals(FileOutcome.INGESTED, c.outcome());
    assertEquals(1, c.revision());
    assertRows(conformedTable("ss_involvement").filter("involvement_id = 'I8'"), "start_date|person_id", "2024-08-15|P1");
  }

  @Test
  void reRunWithTheSameInputsChangesNothing() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    Lake l = new Lake(spark, lake.toString());
    Map<String, Long> before = versionsOfAllTables(l);
    byte[] exportBefore = Files.readAllBytes(export.resolve("test_involvements.parquet"));
    byte[] manifestBefore = Files.readAllBytes(export.resolve("_manifest.json"));
    RunRecord again = night(List.of(INVOLVEMENTS));
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, again.exitCode());
    assertTrue(again.files().stream().filter(f -> f.file().endsWith(".csv") && !f.file().startsWith("plo"))
        .allMatch(f -> f.outcome().equals(FileOutcome.SKIPPED)));
    Map<String, Long> after = versionsOfAllTables(l);
    after.remove("ops/run_record");
    before.remove("ops/run_record");
    assertEquals(before, after, "no table other than the run record was written");
    assertArrayEquals(exportBefore, Files.readAllBytes(export.resolve("test_involvements.parquet")));
    assertArrayEquals(manifestBefore, Files.readAllBytes(export.resolve("_manifest.json")), "a kept report keeps its manifest");
  }

  @Test
  void anExportFolderWithoutItsManifestIsWrittenAgainThoughNothingIsNew() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    Files.delete(export.resolve("_manifest.json"));
    RunRecord again = night(List.of(INVOLVEMENTS));
    ExportManifest manifest = ExportManifest.parse(Files.readAllBytes(export.resolve("_manifest.json")));
    assertEquals(again.runId(), manifest.runId());
    assertEquals(4, manifest.tables().get(0).rows());
  }

  @Test
  void failedRunLeavesEveryTableAndExportAsBefore() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    Lake l = new Lake(spark, lake.toString());
    Map<String, Long> rowsBefore = rowCounts(l);
    byte[] exportBefore = Files.readAllBytes(export.resolve("test_involvements.parquet"));
    byte[] manifestBefore = Files.readAllBytes(export.resolve("_manifest.json"));
    land("ss_involvement_20250302.csv", "InvolvementID,PersonID,StartDate,LastModified", "I9,P1,2024-10-01,2025-03-02");
    ReportTable broken = new ReportTable() {
      public String name() {
        return "test_broken";
      }

      public Dataset<Row> build(ReportInputs in) {
        throw new IllegalStateException("deliberately broken report table");
      }

      public TableDoc doc() {
        return INVOLVEMENTS.doc();
      }
    };
    RunRecord r = night(List.of(INVOLVEMENTS, broken));
    assertEquals(NightlyJob.FAILED, r.exitCode());
    Map<String, Long> rowsAfter = rowCounts(l);
    rowsAfter.remove("ops/run_record");
    rowsBefore.remove("ops/run_record");
    assertEquals(rowsBefore, rowsAfter);
    assertEquals(0, conformedTable("ss_involvement").filter("involvement_id = 'I9'").count());
    assertArrayEquals(exportBefore, Files.readAllBytes(export.resolve("test_involvements.parquet")));
    assertFalse(Files.exists(export.resolve("test_broken.parquet")));
    assertArrayEquals(manifestBefore, Files.readAllBytes(export.resolve("_manifest.json")));
    // The next good run ingests the file the failed run could not.
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, night(List.of(INVOLVEMENTS)).exitCode());
    assertEquals(1, conformedTable("ss_involvement").filter("involvement_id = 'I9'").count());
  }

  @Test
  void aRunKilledBeforeItsLedgerWasWrittenIsCompletedByTheNextWithoutDuplicates() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    land("ss_involvement_20250302.csv", "InvolvementID,PersonID,StartDate,LastModified",
        "I9,P1,2024-10-01,2025-03-02", "I10,P1,not a date,2025-03-02");
    RunRecord second = night(List.of(INVOLVEMENTS));
    Lake l = new Lake(spark, lake.toString());
    Map<String, Long> rows = rowCounts(l);
    String conformedBefore = show(conformedTable("ss_involvement").drop("last_modified").orderBy("involvement_id"));
    // As if the run had been killed after its merges but before it wrote its ledger entries.
    for (String t : List.of("ingest_ledger", "run_record")) {
      io.delta.tables.DeltaTable.forPath(spark, lake.resolve("ops").resolve(t).toString())
          .delete("run_id = '" + second.runId() + "'");
    }
    RunRecord again = night(List.of(INVOLVEMENTS));
    assertTrue(again.files().stream().anyMatch(f -> f.file().equals("ss_involvement_20250302.csv")
        && f.outcome().equals(FileOutcome.INGESTED)), "the file is taken again");
    Map<String, Long> rowsAfter = rowCounts(l);
    rows.remove("ops/run_record");
    rowsAfter.remove("ops/run_record");
    assertEquals(rows, rowsAfter, "raw, quarantine, ledger and conformed hold no duplicates");
    assertEquals(conformedBefore, show(conformedTable("ss_involvement").drop("last_modified").orderBy("involvement_id")));
  }

  @Test
  void emptyHeaderOnlyAndNonUtf8FilesNeverCrashTheNight() throws IOException {
    firstNight();
    Files.write(landing.resolve("cp_plan_20250301.csv"), new byte[0]);
    land("cin_plan_20250301.csv", "PlanID,PersonID,StartDate,EndDate,LastModified");
    Files.write(landing.resolve("team_group_20250301.csv"),
        new byte[] {'T', 'e', 'a', 'm', 'N', 'a', 'm', 'e', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    RunRecord r = night(List.of(INVOLVEMENTS));
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, r.exitCode());
    Map<String, FileOutcome> byFile = new java.util.HashMap<>();
    r.files().forEach(f -> byFile.put(f.file(), f));
    assertEquals("cp_plan_20250301.csv: empty file: no header line", byFile.get("cp_plan_20250301.csv").message());
    assertTrue(byFile.get("team_group_20250301.csv").message().contains("not valid UTF-8"));
    assertEquals(FileOutcome.INGESTED, byFile.get("cin_plan_20250301.csv").outcome());
    assertEquals(0, byFile.get("cin_plan_20250301.csv").linesRead());
    assertEquals(4, conformedTable("ss_involvement").count(), "the other files still load");
  }

  @Test
  void filesWithoutALoadedRecordMakeNoCommitThoughTheFirstNightCreatesTheirTables() throws IOException {
    firstNight();
    land("cin_plan_20250301.csv", "PlanID,PersonID,StartDate,EndDate,LastModified");
    night(List.of(INVOLVEMENTS));
    Lake l = new Lake(spark, lake.toString());
    assertTrue(l.exists(l.raw("cin_plan")) && l.exists(l.conformed("cin_plan")), "a header-only file creates its tables");
    long raw = l.version(l.raw("ss_involvement")), conformed = l.version(l.conformed("ss_involvement"));

    land("ss_involvement_20250302.csv", "InvolvementID,PersonID,StartDate,EndDate,LastModified,Deleted");
    land("ss_involvement_20250303.csv", "InvolvementID,PersonID,StartDate,EndDate,LastModified,Deleted",
        "I9,P1,2024-05-01,2024-04-01,2025-03-03,");
    RunRecord r = night(List.of(INVOLVEMENTS));
    Map<String, FileOutcome> byFile = new java.util.HashMap<>();
    r.files().forEach(f -> byFile.put(f.file(), f));
    assertEquals(FileOutcome.INGESTED, byFile.get("ss_involvement_20250302.csv").outcome());
    assertEquals(0, byFile.get("ss_involvement_20250302.csv").linesRead());
    assertEquals(1, byFile.get("ss_involvement_20250303.csv").quarantined());
    assertEquals(0, byFile.get("ss_involvement_20250303.csv").loaded());
    assertEquals(raw, l.version(l.raw("ss_involvement")), "no raw commit");
    assertEquals(conformed, l.version(l.conformed("ss_involvement")), "no conformed commit");
    assertEquals(4, conformedTable("ss_involvement").count());
    assertRows(ops("quarantine").filter("source_file = 'ss_involvement_20250303.csv'"), "source_line|reason",
        "2|EndDate before StartDate");
  }

  @Test
  void aNewPseudonymisationKeyRebuildsTheReportWithNewChildKeysThoughNoFileIsNew() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS), "old-key");
    Lake l = new Lake(spark, lake.toString());
    long before = l.version(lake.resolve("report/test_involvements").toString());
    RunRecord rotated = night(List.of(INVOLVEMENTS), "new-key");
    assertTrue(rotated.files().stream().filter(f -> f.outcome().equals(FileOutcome.INGESTED)).findAny().isEmpty());
    assertTrue(l.version(lake.resolve("report/test_involvements").toString()) > before, "the report was rebuilt");
    uk.steppingstones.common.ChildKey newKey = new uk.steppingstones.common.ChildKey("new-key");
    assertRows(spark.read().parquet(export.resolve("test_involvements.parquet").toString()), "involvement_id|child_key",
        "I1|" + newKey.of("P1"), "I3|" + newKey.of("P4"), "I4|" + newKey.of("P1"), "I5|" + newKey.of("P1"));
  }

  @Test
  void secondRunWhileTheLakeIsHeldExitsThree() throws Exception {
    firstNight();
    try (RunLock held = RunLock.tryAcquire(lake.toString(), spark.sparkContext().hadoopConfiguration()).orElseThrow()) {
      RunRecord r = night(List.of());
      assertEquals(NightlyJob.LOCKED, r.exitCode());
      assertTrue(RunSummary.line(r).startsWith("stepping-stones-nightly status=locked exit=3 as_of=none "));
    }
    assertFalse(Files.exists(lake.resolve("ops")), "the locked-out run wrote nothing");
  }

  @Test
  void noNameFromTheLandingFilesIsWrittenAnywhere() throws IOException {
    firstNight();
    night(List.of(INVOLVEMENTS));
    List<String> names = List.of("Zebedee", "Quixotic", "Yolanda", "Xylophone", "Wilhelmina", "Vortigern",
        "Ulysses", "Thistlewood", "Orville", "Nightingale");
    try (var files = Files.walk(tmp)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(landing)).toList()) {
        if (f.toString().endsWith(".parquet")) {
          Dataset<Row> rows = spark.read().parquet(f.toString());
          String text = rows.toJSON().collectAsList().toString();
          names.forEach(n -> assertFalse(text.contains(n), n + " found in " + f));
        } else {
          String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
          names.forEach(n -> assertFalse(text.contains(n), n + " found in " + f));
        }
      }
    }
  }

  private Map<String, Long> versionsOfAllTables(Lake l) throws IOException {
    Map<String, Long> v = new java.util.TreeMap<>();
    for (Path t : tables()) {
      v.put(lake.relativize(t).toString(), l.version(t.toString()));
    }
    return v;
  }

  private Map<String, Long> rowCounts(Lake l) throws IOException {
    Map<String, Long> v = new java.util.TreeMap<>();
    for (Path t : tables()) {
      v.put(lake.relativize(t).toString(), l.read(t.toString()).count());
    }
    return v;
  }

  private List<Path> tables() throws IOException {
    try (var walk = Files.walk(lake)) {
      return walk.filter(p -> p.getFileName().toString().equals("_delta_log")).map(Path::getParent).sorted().toList();
    }
  }
}
