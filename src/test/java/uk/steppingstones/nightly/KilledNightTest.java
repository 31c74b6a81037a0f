package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.export.ExportManifest;
import uk.steppingstones.query.AnalystSession;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;
import uk.steppingstones.sample.SampleGenerator;

/**
 * Nights that meet the world: one killed outright ({@code kill -9}) is made good by the next run,
 * and one started while Power BI and an analyst read the lake leaves them reading.
 *
 * <p>The lake holds a first night (the first extract of a small generated sample, of the datasets
 * the report tables read). The second night brings the later extracts: merges (a chain and a
 * cycle), deletions, a rejected file and PLO, new to the lake, so it re-points tables to merged
 * people, creates tables, rebuilds the form tables, the report ({@link FewTablesNight}) and the
 * export. It runs once undisturbed, in this JVM, while an analyst's SQL session and a DuckDB
 * reader of the export are open. Meanwhile, on a copy of the first night's lake and export, it is
 * started again and again as its own JVM, each time killed with SIGKILL when a given line of its
 * progress log appears (the log, not the clock, decides, so the points do not move with the
 * machine's speed), each run getting further than the last; a last run in this JVM completes it.
 * Every conformed, gold, raw and ops table (less run ids and times), every export file and the
 * manifest must then equal the undisturbed night's, and a reader polling the export folder
 * throughout must never have failed to read a file. Only the runs to be killed have a JVM of their
 * own: each costs a Spark start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KilledNightTest extends SparkTest {
  private static final String KEY = "killed-night-test-key";
  /** Columns that name the run that wrote a row, or when: the one thing a re-run rightly changes. */
  private static final List<String> RUN_COLUMNS =
      List.of("run_id", "loaded_at", "quarantined_at", "recorded_at", "run_started_at");
  /** {@code 12:34:56 INFO  raw        person     rows=172  24.6s}: stage and table of a progress line. */
  private static final Pattern PROGRESS = Pattern.compile("^\\S+ INFO\\s+(\\S+)\\s+(.+?)\\s+rows=");
  /** The datasets the report tables read, less PLO: it comes new on the second night. */
  private static final Pattern FIRST_NIGHT_DATASETS = Pattern.compile("(person|ss_involvement|lcs_form|lcs_form_answer)_2025");
  /** A gold table every night adds rows to (one per file received), read by the analyst and Power BI. */
  private static final String READ_TABLE = "data_quality_nightly";

  /** Where a run is killed: just after the progress line of {@code stage} and a table matching {@code table}. */
  record KillPoint(String when, String stage, String table) {
    Predicate<String> line() {
      Pattern t = Pattern.compile(table);
      return line -> {
        Matcher m = PROGRESS.matcher(line);
        return m.find() && m.group(1).equals(stage) && t.matcher(m.group(2)).matches();
      };
    }
  }

  /** In the order a night reaches them; the merges' re-pointing only happens before the survivor map is saved. */
  private static final List<KillPoint> KILL_POINTS = List.of(
      new KillPoint("people written to raw, not yet to conformed", "raw", "person"),
      new KillPoint("ingest: tables being re-pointed to merged people", "conformed", ".*\\(re-point merged people\\)"),
      new KillPoint("form tables being rebuilt", "conformed", "initial_consultation|closure_record|target_achievement_claim"),
      new KillPoint("report tables being written", "report", ".*"),
      new KillPoint("export files being written", "export", ".*"),
      new KillPoint("ledger written, run record not", "ops", "ingest_ledger"));

  /**
   * The nightly command as NightlyJob's main runs it, building only a few report tables, one of
   * each kind of input: people and involvements (child keys after merges), a form table, PLO (new
   * to the lake, with a rejected file), and the data-quality tables (the ops tables). Every other
   * table would add to each of the eight runs of the second night this test makes.
   */
  public static final class FewTablesNight {
    static final List<ReportTable> TABLES = ReportTables.ALL.stream().filter(t -> List.of("age_at_start",
        "closure_reasons", "plo_overlap", "data_quality_nightly", "data_quality_reasons").contains(t.name())).toList();

    public static void main(String[] args) {
      System.exit(NightlyJob.command(args, System.getenv(), TABLES));
    }
  }

  @TempDir static Path tmp;
  private static Path firstLake, firstExport, secondLanding;
  /**
   * The undisturbed second night, run in the background: a killed run's JVM leaves this JVM's
   * cores idle most of the time, so the two overlap (the killed runs' test goes first).
   */
  private static CompletableFuture<Undisturbed> undisturbed;

  /** What the undisturbed second night left, and what the readers open while it ran saw. */
  private record Undisturbed(Map<String, List<String>> contents, WhileReading whileReading) {}

  /** The undisturbed second night's record, and what readers open when it started saw. */
  private record WhileReading(RunRecord night, long goldRowsBefore, long goldRowsAfter, long goldRowsInLake,
      LocalDate latestNightRead, long heldFileRows, long heldFileRowsBefore, long fileRowsAfter,
      long fileRowsInManifest, List<String> pollingFailures, long pollingFilesRead) {}

  @BeforeAll
  static void firstNight() throws Exception {
    Path sample = tmp.resolve("sample");
    SampleGenerator.generate(sample, 20250331L, 0.05);
    Path firstLanding = Files.createDirectories(tmp.resolve("landing-1"));
    secondLanding = Files.createDirectories(tmp.resolve("landing-2"));
    try (var files = Files.list(sample)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        boolean first = name.endsWith("_20250328.csv") && FIRST_NIGHT_DATASETS.matcher(name).lookingAt();
        boolean second = first || name.matches("(person|ss_involvement|lcs_form|lcs_form_answer|plo)_2025.*\\.csv");
        if (first) {
          Files.copy(f, firstLanding.resolve(name));
        }
        if (second) {
          Files.copy(f, secondLanding.resolve(name));
        }
      }
    }
    firstLake = tmp.resolve("lake-1");
    firstExport = tmp.resolve("export-1");
    // The first night builds only the table the readers read: the second night rebuilds the report anyway.
    assertEquals(NightlyJob.DONE, new NightlyJob(spark, new NightlyOptions(firstLanding.toString(), firstLake.toString(),
        firstExport.toString(), Optional.empty(), KEY), FewTablesNight.TABLES.stream()
        .filter(t -> t.name().equals(READ_TABLE)).toList()).run().exitCode());

    Path lake = copy(firstLake, tmp.resolve("undisturbed/lake")), export = copy(firstExport, tmp.resolve("undisturbed/export"));
    undisturbed = CompletableFuture.supplyAsync(() -> {
      try {
        WhileReading whileReading = secondNightWhileReading(lake, export);
        return new Undisturbed(contents(lake, export), whileReading);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, task -> {
      Thread t = new Thread(task, "undisturbed-night");
      t.setDaemon(true);
      t.start();
    });
  }

  private static Undisturbed undisturbed() throws Throwable {
    try {
      return undisturbed.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  /**
   * The second night, started while an analyst's session (jobs/sql.sh's) has read a gold table and
   * Power BI (DuckDB) has that table's export file open, part read, and a reader polls the folder.
   */
  private static WhileReading secondNightWhileReading(Path lake, Path export) throws Exception {
    SparkSession analyst = AnalystSession.open(spark, lake);
    String countGold = "select count(*) from " + READ_TABLE;
    long goldBefore = analyst.sql(countGold).first().getLong(0);
    Path file = export.resolve(READ_TABLE + ".parquet");
    long fileRowsBefore = manifestRows(export, READ_TABLE);
    try (ExportReader polling = new ExportReader(export);
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duck.createStatement();
        ResultSet held = s.executeQuery("select * from read_parquet('" + file + "')")) {
      assertTrue(held.next(), "the first night's export file has rows");
      RunRecord night = night(secondLanding, lake, export);
      long heldRows = 1;
      while (held.next()) {
        heldRows++;
      }
      long fileRowsAfter;
      try (ResultSet again = s.executeQuery("select count(*) from read_parquet('" + file + "')")) {
        again.next();
        fileRowsAfter = again.getLong(1);
      }
      polling.close();
      return new WhileReading(night, goldBefore, analyst.sql(countGold).first().getLong(0),
          spark.read().format("delta").load(lake.resolve("report/" + READ_TABLE).toString()).count(),
          analyst.sql("select max(night) from " + READ_TABLE).first().getDate(0).toLocalDate(),
          heldRows, fileRowsBefore, fileRowsAfter, manifestRows(export, READ_TABLE), polling.failures(),
          polling.filesRead());
    }
  }

  @Test
  @Order(2)
  void aNightStartedWhilePowerBiAndAnAnalystReadRunsAndTheyReadOn() throws Throwable {
    WhileReading r = undisturbed().whileReading();
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, r.night().exitCode(),
        "the night ran to its end (exit 2: the sample's rejected PLO file): " + r.night().message());
    assertEquals(List.of(), r.pollingFailures(), "what a reader polling the export folder saw during the night");
    assertTrue(r.pollingFilesRead() > 2, "the polling reader read files the night wrote, not only the first night's "
        + "file and manifest: " + r.pollingFilesRead() + " file versions read");

    assertEquals(r.heldFileRowsBefore(), r.heldFileRows(),
        "Power BI read the whole file it had open, as the first night wrote it, though the night replaced it");
    assertEquals(r.fileRowsInManifest(), r.fileRowsAfter(), "then, read again, the second night's file");
    assertNotEquals(r.heldFileRowsBefore(), r.fileRowsAfter(), "the night did replace the file");

    assertEquals(r.goldRowsInLake(), r.goldRowsAfter(), "the analyst's session, still open, reads the second night");
    assertTrue(r.goldRowsAfter() > r.goldRowsBefore(), "which added rows to " + READ_TABLE);
    assertEquals(r.night().asOf(), r.latestNightRead(), "the latest night the analyst reads is the second");
  }

  @Test
  @Order(1)
  void aNightKilledOutrightAtAnyPointIsMadeGoodByTheNextRun() throws Throwable {
    Path dir = Files.createDirectories(tmp.resolve("killed"));
    Path lake = copy(firstLake, dir.resolve("lake")), export = copy(firstExport, dir.resolve("export"));
    ExportReader reader = new ExportReader(export);
    try (reader) {
      for (int i = 0; i < KILL_POINTS.size(); i++) {
        KillPoint point = KILL_POINTS.get(i);
        Map<String, Long> before = versions(lake);
        NightProcess killed = NightProcess.start("killed-" + (i + 1), FewTablesNight.class, dir,
            Map.of("SS_PSEUDONYM_KEY", KEY), point.line(), "--landing", secondLanding.toString(), "--lake", lake.toString(), "--export", export.toString());
        int status = killed.awaitExit();
        assertNotNull(killed.killedAt(),
            point.when() + ": the run ended (status " + status + ") before reaching the point\n" + killed.log());
        assertEquals(NightProcess.KILLED, status, point.when() + ": killed with SIGKILL\n" + killed.log());
        Map<String, Long> after = versions(lake);
        assertNotEquals(before, after, point.when() + ": the killed run wrote no table\n" + killed.log());
        assertEquals(before.get("ops/run_record"), after.get("ops/run_record"),
            point.when() + ": the killed run wrote its run record\n" + killed.log());
        if (point.stage().equals("ops")) {
          assertNotEquals(before.get("ops/ingest_ledger"), after.get("ops/ingest_ledger"),
              point.when() + ": the killed run did not write the ledger\n" + killed.log());
        }
      }

      // One night at a time in this JVM: the undisturbed one first.
      undisturbed();
      RunRecord completed = night(secondLanding, lake, export);
      assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, completed.exitCode(),
          "the next run completes the night (exit 2: the sample's rejected PLO file): " + completed.message());
      reader.close();
    }

    Map<String, List<String>> expected = undisturbed().contents(), after = contents(lake, export);
    List<String> differ = new ArrayList<>();
    expected.forEach((table, rows) -> {
      if (!rows.equals(after.get(table))) {
        differ.add(table + ": " + difference(rows, after.get(table)));
      }
    });
    List<Row> twice = spark.read().format("delta").load(lake.resolve("ops/ingest_ledger").toString())
        .groupBy("file_name", "checksum").count().filter("count > 1").collectAsList();
    long exportFiles = after.keySet().stream().filter(k -> k.endsWith(".parquet")).count();
    assertAll(
        () -> assertEquals(expected.keySet(), after.keySet(), "the same tables and export files as the undisturbed night"),
        () -> assertEquals(List.of(), differ, "contents that differ from the undisturbed night"),
        () -> assertEquals(List.of(), twice, "files the ledger lists more than once"),
        () -> assertEquals(List.of(), reader.failures(), "what a reader of the export saw during the runs"),
        () -> assertTrue(reader.filesRead() > exportFiles, "the reader read files the runs wrote, not only the first "
            + "night's: " + reader.filesRead() + " file versions read"));
  }

  private static RunRecord night(Path landing, Path lake, Path export) {
    return new NightlyJob(spark, new NightlyOptions(landing.toString(), lake.toString(), export.toString(),
        Optional.empty(), KEY), FewTablesNight.TABLES).run();
  }

  private static long manifestRows(Path export, String table) throws IOException {
    return ExportManifest.parse(Files.readAllBytes(export.resolve(ExportManifest.FILE_NAME))).tables().stream()
        .filter(t -> t.table().equals(table)).findFirst().orElseThrow().rows();
  }

  /**
   * What a night leaves, as sorted JSON rows per table and export file: every Delta table of the
   * lake but the run record (each run adds its own row), without the columns naming the run; every
   * export file, likewise; the manifest without its run id and time; and the listings of the
   * export folder and the lake's top folder, hidden folders (scratch a run left) included.
   */
  private static Map<String, List<String>> contents(Path lake, Path export) throws IOException {
    Map<String, List<String>> contents = new TreeMap<>();
    for (String table : versions(lake).keySet()) {
      if (!table.equals("ops/run_record")) {
        contents.put(table, sorted(spark.read().format("delta").load(lake.resolve(table).toString())));
      }
    }
    try (var files = Files.list(lake)) {
      contents.put("lake folder", files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    try (var files = Files.walk(export)) {
      contents.put("export folder", files.map(f -> export.relativize(f).toString()).sorted().toList());
    }
    try (var files = Files.list(export)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        contents.put("export/" + f.getFileName(), sorted(spark.read().parquet(f.toString())));
      }
    }
    ExportManifest m = ExportManifest.parse(Files.readAllBytes(export.resolve(ExportManifest.FILE_NAME)));
    contents.put("export/" + ExportManifest.FILE_NAME, List.of(String.valueOf(m.asOfDate()), m.tables().toString()));
    return contents;
  }

  private static List<String> sorted(Dataset<Row> rows) {
    List<String> json = new ArrayList<>(rows.drop(RUN_COLUMNS.toArray(String[]::new)).toJSON().collectAsList());
    json.sort(null);
    return json;
  }

  /** Each Delta table under the lake (relative path) and its latest version, from the log's file names alone. */
  private static Map<String, Long> versions(Path lake) throws IOException {
    Map<String, Long> versions = new TreeMap<>();
    try (var walk = Files.walk(lake)) {
      for (Path log : walk.filter(p -> p.getFileName().toString().equals("_delta_log")).toList()) {
        String[] names = log.toFile().list();
        long version = Arrays.stream(names == null ? new String[0] : names)
            .filter(n -> n.matches("\\d{20}\\.json")).mapToLong(n -> Long.parseLong(n.substring(0, 20))).max().orElse(-1);
        versions.put(lake.relativize(log.getParent()).toString(), version);
      }
    }
    return versions;
  }

  private static String difference(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected), extra = new ArrayList<>(actual == null ? List.of() : actual);
    missing.removeAll(actual == null ? List.of() : actual);
    extra.removeAll(expected);
    return "missing " + missing.stream().limit(5).toList() + (missing.size() > 5 ? " (" + missing.size() + " in all)" : "")
        + ", unexpected " + extra.stream().limit(5).toList() + (extra.size() > 5 ? " (" + extra.size() + " in all)" : "");
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals(".nightly.lock")) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
