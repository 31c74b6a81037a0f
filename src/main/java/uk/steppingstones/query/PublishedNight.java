package uk.steppingstones.query;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The night whose figures {@code --as-published NIGHT} reads: the successful run with that run id,
 * or the latest successful run with that as-of date (an extract night such as 2025-03-28; a
 * re-run of the same night that kept the report publishes the same versions). Its run record
 * holds the Delta version of every conformed and gold table it left.
 */
record PublishedNight(String runId, LocalDate asOf, Timestamp endedAt, Map<String, Long> tableVersions) {

  /** One row of ops/run_record, as far as choosing a night needs it. */
  record Run(String runId, LocalDate asOf, Timestamp endedAt, String status, Map<String, Long> tableVersions) {}

  private static final DateTimeFormatter FINISHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** Reads the lake's run record and picks the night; a night that never ran is a {@link BadInput}. */
  static PublishedNight find(SparkSession spark, LakeFolders lake, String night) {
    if (!lake.isTable(LakeFolders.OPS, "run_record")) {
      throw new BadInput("--as-published " + night + ": " + lake.root() + " has no ops/run_record: no night has run");
    }
    List<Run> runs = new ArrayList<>();
    for (Row r : spark.read().format("delta").load(lake.tablePath(LakeFolders.OPS, "run_record"))
        .select(col("run_id"), col("as_of"), col("ended_at"), col("status"), col("table_versions"))
        .collectAsList()) {
      runs.add(new Run(r.getString(0), r.isNullAt(1) ? null : r.getDate(1).toLocalDate(), r.getTimestamp(2),
          r.getString(3), r.isNullAt(4) ? Map.of() : r.<String, Long>getJavaMap(4)));
    }
    return choose(runs, night);
  }

  /**
   * The run {@code night} names: an as-of date (yyyy-MM-dd) picks the latest successful run with
   * it; anything else is a run id, which must have succeeded.
   */
  static PublishedNight choose(List<Run> runs, String night) {
    String wanted = night.strip();
    Optional<LocalDate> date = asDate(wanted);
    Optional<Run> chosen;
    if (date.isPresent()) {
      chosen = runs.stream()
          .filter(r -> succeeded(r) && date.get().equals(r.asOf()))
          .max(Comparator.comparing(Run::endedAt));
      if (chosen.isEmpty()) {
        throw new BadInput("--as-published " + wanted + ": no successful night had as-of date " + wanted
            + "; nights that did: " + knownNights(runs));
      }
    } else {
      Optional<Run> run = runs.stream().filter(r -> wanted.equals(r.runId())).findFirst();
      if (run.isEmpty()) {
        throw new BadInput("--as-published " + wanted + ": no run with that id, and it is not an as-of date"
            + " (yyyy-MM-dd); nights that ran: " + knownNights(runs));
      }
      if (!succeeded(run.get())) {
        throw new BadInput("--as-published " + wanted + ": that run " + run.get().status()
            + " and published nothing (a failed run's tables are put back as they were)");
      }
      chosen = run;
    }
    Run r = chosen.get();
    return new PublishedNight(r.runId(), r.asOf(), r.endedAt(), r.tableVersions());
  }

  private static boolean succeeded(Run r) {
    return "succeeded".equals(r.status());
  }

  private static Optional<LocalDate> asDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The as-of dates of successful runs, newest first, so the message says what can be asked for. */
  private static String knownNights(List<Run> runs) {
    List<String> dates = runs.stream().filter(r -> succeeded(r) && r.asOf() != null)
        .map(r -> r.asOf().toString()).distinct().sorted(Comparator.reverseOrder()).limit(10).toList();
    return dates.isEmpty() ? "none" : String.join(", ", dates);
  }

  /**
   * The versions to pin, per layer. Every gold table in the lake is pinned: to the version this night
   * recorded, or to -1 (did not exist) when it recorded none, so a gold table added later is never
   * mixed into an older night's figures. Conformed tables are pinned when recorded; one the run
   * record does not list (person_survivor) is read as it is now. The record keys tables by name
   * alone, and gold was recorded last, so a name in both layers holds the gold version and pins gold.
   */
  Map<String, Map<String, Long>> pins(LakeFolders lake) {
    Map<String, Long> gold = new TreeMap<>();
    for (String table : lake.tables(LakeFolders.REPORT)) {
      gold.put(table, recorded(table));
    }
    Map<String, Long> conformed = new TreeMap<>();
    for (String table : lake.tables(LakeFolders.CONFORMED)) {
      if (tableVersions.containsKey(table) && !gold.containsKey(table)) {
        conformed.put(table, recorded(table));
      }
    }
    return Map.of(LakeFolders.REPORT, gold, LakeFolders.CONFORMED, conformed);
  }

  private long recorded(String table) {
    Long v = tableVersions.get(table);
    return v == null || v < 0 ? -1 : v;
  }

  /** The gold tables this night published, with their versions. */
  Map<String, Long> goldVersions(LakeFolders lake) {
    Map<String, Long> published = new TreeMap<>(pins(lake).get(LakeFolders.REPORT));
    published.values().removeIf(v -> v < 0);
    return published;
  }

  /** Which run this is, in one line: said before any figure is shown. */
  String describe() {
    return "run " + runId + " (as of " + asOf + ", finished " + (endedAt == null ? "?" : FINISHED.format(endedAt.toInstant())) + ")";
  }
}
