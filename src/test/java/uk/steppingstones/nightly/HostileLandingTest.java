package uk.steppingstones.nightly;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;
import uk.steppingstones.sample.SampleGenerator;

/**
 * Hostile input: over two hundred broken landing files ({@link HostileLanding}) in one night, then
 * a second night over the same folder. The night must not crash; every line of every file must be accounted for
 * (loaded, quarantined with its reason, or in a file rejected with its reason), adding up to the
 * file's physical lines; and the good records of the same files must still load, on their lines.
 *
 * <p>Seeded: the seed is printed, and given in every failure; replay one with
 * {@code -Dsteppingstones.fuzz.seed=N}. The suite uses a fixed seed, so CI is repeatable;
 * {@code -Dsteppingstones.fuzz.seed=random} tries a new one each run (for a fuzzing session).
 */
class HostileLandingTest extends SparkTest {
  private static final int HOSTILE_FILES = 210;
  private static final long SAMPLE_SEED = 20250331L;
  /** The suite's fuzz seed. */
  private static final long DEFAULT_SEED = 20261130L;
  /**
   * The report tables the night builds: the data-quality tables, which read the night's accounting of
   * every hostile file, and two that carry landing text (team names, 10 MB ones included) into gold.
   * Not all of them: the rest read the same conformed tables, and each costs seconds.
   */
  private static final List<ReportTable> REPORT = ReportTables.ALL.stream().filter(t -> List.of(
      "data_quality_nightly", "data_quality_reasons", "allocated_team_at_start", "fgc_referrals_by_team")
      .contains(t.name())).toList();

  @TempDir Path tmp;

  @Test
  void aNightOfHostileFilesNeverCrashesAndAccountsForEveryLine() throws IOException {
    assertEquals(4, REPORT.size(), "the report tables the night builds");
    String given = System.getProperty("steppingstones.fuzz.seed", String.valueOf(DEFAULT_SEED));
    long seed = given.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(given);
    System.err.println("hostile landing: seed " + seed + " (replay with -Dsteppingstones.fuzz.seed=" + seed + ")");
    Path sample = tmp.resolve("sample");
    // The sample is only the source of realistic records: its own seed, at the smallest scale it plants
    // every messy case at; the fuzz seed decides what is done to its records.
    SampleGenerator.generate(sample, SAMPLE_SEED, 0.05);
    Path landing = Files.createDirectories(tmp.resolve("landing"));
    HostileLanding hostile = new HostileLanding(seed, sample, landing);
    hostile.plant(HOSTILE_FILES);

    RunRecord night = new NightlyJob(spark, new NightlyOptions(landing.toString(), tmp.resolve("lake").toString(),
        tmp.resolve("export").toString(), Optional.empty(), "fuzz-key"), REPORT).run();
    String replay = " [seed " + seed + ", replay with -Dsteppingstones.fuzz.seed=" + seed + "]";
    assertEquals(RunRecord.SUCCEEDED, night.status(), night.message() + replay);
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, night.exitCode(), replay);

    Lake lake = new Lake(tmp.resolve("lake"));
    List<String> problems = new ArrayList<>();
    Map<String, FileOutcome> outcomes = new HashMap<>();
    night.files().forEach(f -> {
      if (outcomes.put(f.file(), f) != null) {
        problems.add(f.file() + ": more than one outcome");
      }
    });
    for (HostileLanding.Planted p : hostile.planted) {
      FileOutcome o = outcomes.get(p.name());
      if (o == null) {
        problems.add(p.name() + " (" + p.mutation() + "): no outcome at all");
        continue;
      }
      try {
        check(p, o, landing, lake, hostile);
      } catch (AssertionError e) {
        problems.add(p.name() + " (" + p.mutation() + "): " + e.getMessage());
      }
    }
    assertTrue(hostile.planted.size() - hostile.bases.size() >= HOSTILE_FILES);
    assertEquals(night.files().size(), hostile.planted.size(), "every landing entry has one outcome" + replay);
    checkTheNightAddsUp(night, lake, problems);
    assertTrue(problems.isEmpty(), problems.size() + " problems" + replay + ":\n  " + String.join("\n  ", problems));

    // A second night over the same folder: nothing new, nothing crashes, every rejection is said again.
    RunRecord again = new NightlyJob(spark, new NightlyOptions(landing.toString(), tmp.resolve("lake").toString(),
        tmp.resolve("export").toString(), Optional.empty(), "fuzz-key"), REPORT).run();
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, again.exitCode(), again.message() + replay);
    assertEquals(0, again.files().stream().filter(f -> f.outcome().equals(FileOutcome.INGESTED)).count(), replay);
    assertEquals(night.files().stream().filter(FileOutcome::isRejected).count(),
        again.files().stream().filter(FileOutcome::isRejected).count(), replay);
  }

  /** One planted entry against its outcome, the raw table and the quarantine. */
  private void check(HostileLanding.Planted p, FileOutcome o, Path landing, Lake lake, HostileLanding hostile)
      throws IOException {
    if (p.outcome() != null) {
      assertEquals(p.outcome(), o.outcome(), "outcome (" + o.message() + ")");
    }
    if (p.message() != null) {
      assertNotNull(o.message(), "a message");
      assertTrue(java.util.regex.Pattern.compile(p.message()).matcher(o.message()).find(),
          "message '" + o.message() + "' does not say '" + p.message() + "'");
    }
    if (!o.outcome().equals(FileOutcome.INGESTED)) {
      assertTrue(o.outcome().equals(FileOutcome.UNRECOGNISED) || o.message() != null && o.message().startsWith(p.name()),
          "a rejection names its file and why: " + o.message());
      assertEquals(0, o.loaded() + o.quarantined(), "nothing of a file rejected whole is loaded or quarantined");
      assertEquals(0, lake.records(p.name()).size(), "rows in raw or quarantine for a file rejected whole");
      if (Files.isRegularFile(landing.resolve(p.name()))) {
        assertEquals(Math.max(0, physicalLines(landing.resolve(p.name())) - 1), o.linesRead(),
            "lines of a file rejected whole: every line after the header");
      }
      return;
    }
    Map<Long, Lake.Record> records = lake.records(p.name());
    assertEquals(o.linesRead(), o.loaded() + o.quarantined(), "lines read = loaded + quarantined");
    assertEquals(o.linesRead(), records.size(), "lines read = rows in raw and quarantine of the file");
    assertEquals(o.loaded(), records.values().stream().filter(Lake.Record::loaded).count(), "loaded = rows in raw");
    long physical = physicalLines(landing.resolve(p.name()));
    // The records tile the file: each starts where the one before ends (a loaded record's lines are
    // known from its values), the first on line 2, the last ending on the file's last line.
    long expectedStart = 2;
    for (Lake.Record r : records.values()) {
      assertTrue(r.loaded() || r.reason() != null && !r.reason().isBlank(), "quarantined without a reason: line " + r.line());
      if (expectedStart > 0) {
        assertEquals(expectedStart, r.line(), "a record's first line; lines between records are unaccounted for");
      }
      expectedStart = r.lines() > 0 ? r.line() + r.lines() : -1;
    }
    if (expectedStart > 0) {
      assertEquals(physical + 1, expectedStart, "the last record ends on the file's last line (" + physical + ")");
    }
    for (HostileLanding.Line l : p.lines()) {
      Lake.Record r = records.get(l.start());
      assertNotNull(r, "no record starts on line " + l.start() + "; records start on " + records.keySet());
      HostileLanding.Fate fate = l.fate();
      String reason = l.reason(), column = l.column();
      if (l.base() >= 0 && fate != HostileLanding.Fate.EITHER) {
        // A record quarantined in the clean copy already is quarantined here too, whatever was done to it.
        Lake.Record clean = cleanRecord(hostile, p.dataset(), l.base(), lake);
        if (!clean.loaded()) {
          fate = HostileLanding.Fate.QUARANTINED;
          if (l.fate() == HostileLanding.Fate.AS_IN_THE_CLEAN_COPY) {
            reason = clean.reason();
            column = clean.column();
          } else {
            reason = null;
            column = null;
          }
        } else if (fate == HostileLanding.Fate.AS_IN_THE_CLEAN_COPY) {
          fate = HostileLanding.Fate.LOADED;
          assertEquals(clean.key(), r.key(), "the good record on line " + l.start() + " loads with its key");
        }
      }
      if (fate == HostileLanding.Fate.LOADED) {
        assertTrue(r.loaded(), "line " + l.start() + " should load; quarantined: " + r.reason());
      } else if (fate == HostileLanding.Fate.QUARANTINED) {
        assertFalse(r.loaded(), "line " + l.start() + " should be quarantined (" + reason + ")");
        if (reason != null) {
          assertEquals(reason, r.reason(), "reason on line " + l.start());
          assertEquals(column, r.column(), "column on line " + l.start());
        }
      }
    }
    if (p.exact()) {
      assertEquals(p.lines().stream().map(HostileLanding.Line::start).toList(), new ArrayList<>(records.keySet()),
          "the file's records");
    }
  }

  private Lake.Record cleanRecord(HostileLanding hostile, DatasetContract d, int base, Lake lake) {
    HostileLanding.Planted clean = hostile.planted.stream()
        .filter(x -> x.name().equals(hostile.bases.get(d).cleanName())).findFirst().orElseThrow();
    return lake.records(clean.name()).get(clean.lines().get(base).start());
  }

  /** The run record's totals, the summary line's check, and the ledger agree with the files. */
  private void checkTheNightAddsUp(RunRecord night, Lake lake, List<String> problems) {
    Map<String, String> line = new java.util.LinkedHashMap<>();
    for (String kv : RunSummary.line(night).split(" ")) {
      String[] parts = kv.split("=", 2);
      if (parts.length == 2) {
        line.put(parts[0], parts[1]);
      }
    }
    long read = Long.parseLong(line.get("lines_read"));
    long sum = Long.parseLong(line.get("loaded")) + Long.parseLong(line.get("quarantined"))
        + Long.parseLong(line.get("lines_in_rejected_files"));
    if (read != sum) {
      problems.add("summary line: lines_read " + read + " != loaded + quarantined + lines_in_rejected_files " + sum);
    }
    Map<String, long[]> ledger = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lake.root + "/ops/ingest_ledger")
        .select("file_name", "lines_read", "loaded", "quarantined", "outcome").collectAsList()) {
      ledger.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
    }
    for (FileOutcome f : night.files()) {
      boolean entered = (f.outcome().equals(FileOutcome.INGESTED) || f.outcome().equals(FileOutcome.REJECTED))
          && f.checksum() != null;
      long[] l = ledger.get(f.file());
      if (entered != (l != null)) {
        problems.add(f.file() + ": " + (entered ? "missing from" : "unexpectedly in") + " the ledger");
      } else if (l != null && (l[0] != f.linesRead() || l[1] != f.loaded() || l[2] != f.quarantined())) {
        problems.add(f.file() + ": ledger counts differ from the run record");
      }
    }
  }

  /** Lines as the pipeline counts them: line breaks, plus a last line without one. */
  static long physicalLines(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? lines + 1 : lines;
  }

  /** The night's raw and quarantine rows, by file and line. */
  private static final class Lake {
    /** One record as the lake holds it: loaded (raw) or quarantined. lines: how many it spans, 0 when unknown. */
    record Record(long line, boolean loaded, String key, String column, String reason, long lines) {}

    final String root;
    private final Map<String, Map<Long, Record>> byFile = new HashMap<>();

    Lake(Path root) {
      this.root = root.toString();
      for (DatasetContract d : uk.steppingstones.landing.Datasets.ALL) {
        Path raw = root.resolve("raw").resolve(d.name());
        if (!Files.exists(raw)) {
          continue;
        }
        String key = d.columns().stream().filter(c -> c.name().equals(d.key().get(0))).map(ContractColumn::header)
            .findFirst().orElseThrow();
        Dataset<Row> rows = spark.read().format("delta").load(raw.toString());
        // The lines a loaded record spans: one, plus the line breaks inside its values.
        org.apache.spark.sql.Column breaks = org.apache.spark.sql.functions.lit(0);
        for (String c : rows.columns()) {
          if (rows.schema().apply(c).dataType().equals(org.apache.spark.sql.types.DataTypes.StringType)
              && !List.of("source_file", "source_checksum", "run_id").contains(c)) {
            breaks = breaks.plus(newlines(col(c)));
          }
        }
        breaks = breaks.plus(org.apache.spark.sql.functions.aggregate(
            org.apache.spark.sql.functions.map_values(col("extra_columns")), org.apache.spark.sql.functions.lit(0),
            (acc, v) -> acc.plus(newlines(v))));
        for (Row r : rows.select(col("source_file"), col("source_line"),
            org.apache.spark.sql.functions.substring(col("`" + key + "`"), 1, 200), breaks.plus(1)).collectAsList()) {
          put(r.getString(0), new Record(r.getLong(1), true, r.getString(2), null, null, r.getInt(3)));
        }
      }
      Path quarantine = root.resolve("ops/quarantine");
      if (Files.exists(quarantine)) {
        for (Row r : spark.read().format("delta").load(quarantine.toString())
            .select("source_file", "source_line", "column", "reason").collectAsList()) {
          put(r.getString(0), new Record(r.getLong(1), false, null, r.getString(2), r.getString(3), 0));
        }
      }
    }

    private static org.apache.spark.sql.Column newlines(org.apache.spark.sql.Column text) {
      return org.apache.spark.sql.functions.coalesce(org.apache.spark.sql.functions.length(text)
          .minus(org.apache.spark.sql.functions.length(org.apache.spark.sql.functions.regexp_replace(text, "\n", ""))),
          org.apache.spark.sql.functions.lit(0));
    }

    private void put(String file, Record r) {
      Record before = byFile.computeIfAbsent(file, f -> new TreeMap<>()).put(r.line(), r);
      if (before != null) {
        throw new AssertionError(file + ": two records on line " + r.line());
      }
    }

    Map<Long, Record> records(String file) {
      return byFile.getOrDefault(file, Map.of());
    }
  }
}
