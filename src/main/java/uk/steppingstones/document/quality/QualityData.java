package uk.steppingstones.document.quality;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.GoldData;

/**
 * The rows the data-quality report shows: the last nights of data_quality_nightly and
 * data_quality_reasons, and the place and reason of those nights' quarantined lines.
 */
record QualityData(List<Night> nights, List<Row> files, List<Row> reasons, List<Row> lines) {

  /** One night (a successful run that received something). */
  record Night(String runId, Date night, java.sql.Timestamp startedAt) {
    String label() {
      return night + " (" + runId.substring(0, Math.min(runId.length(), 16)) + ")";
    }
  }

  /** The last {@code n} nights of the gold tables, and only their rows. */
  static QualityData of(GoldData gold, int n, java.util.function.Function<List<String>, List<Row>> quarantineLines) {
    Map<String, Night> all = new LinkedHashMap<>();
    gold.rows("data_quality_nightly").stream()
        .sorted(Comparator.comparing((Row r) -> r.<java.sql.Timestamp>getAs("run_started_at"))
            .thenComparing(r -> r.<String>getAs("run_id")))
        .forEach(r -> all.putIfAbsent(r.getAs("run_id"),
            new Night(r.getAs("run_id"), r.getAs("night"), r.getAs("run_started_at"))));
    List<Night> nights = new ArrayList<>(all.values());
    nights = new ArrayList<>(nights.subList(Math.max(0, nights.size() - n), nights.size()));
    List<String> ids = nights.stream().map(Night::runId).toList();
    return new QualityData(nights,
        gold.rows("data_quality_nightly").stream().filter(r -> ids.contains(r.<String>getAs("run_id"))).toList(),
        gold.rows("data_quality_reasons").stream().filter(r -> ids.contains(r.<String>getAs("run_id"))).toList(),
        quarantineLines.apply(ids));
  }

  /** Short labels of the nights ("28 Mar"; a second run of the same night "28 Mar (2)"). */
  List<String> nightLabels() {
    java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK);
    List<String> labels = new ArrayList<>();
    for (Night n : nights) {
      String base = f.format(n.night().toLocalDate());
      long earlier = labels.stream().filter(l -> l.equals(base) || l.startsWith(base + " (")).count();
      labels.add(earlier == 0 ? base : base + " (" + (earlier + 1) + ")");
    }
    return labels;
  }

  List<String> runIds() {
    return nights.stream().map(Night::runId).toList();
  }

  /** Datasets that appear in the nights shown. */
  List<String> datasets() {
    return files.stream().map(r -> r.<String>getAs("dataset")).distinct().sorted().toList();
  }

  /** Problem lines of a dataset in a night: quarantined, in rejected files, optional values read as no value. */
  long problems(String dataset, String runId) {
    return reasons.stream()
        .filter(r -> (dataset == null || dataset.equals(r.getAs("dataset"))) && (runId == null || runId.equals(r.getAs("run_id"))))
        .filter(r -> !"unknown question code".equals(r.getAs("kind")))
        .mapToLong(r -> GoldData.count(r, "lines")).sum();
  }

  long sum(String dataset, String column) {
    return files.stream().filter(r -> dataset == null || dataset.equals(r.getAs("dataset")))
        .mapToLong(r -> GoldData.count(r, column)).sum();
  }

  long reasonLines(String dataset, String kind) {
    return reasons.stream().filter(r -> (dataset == null || dataset.equals(r.getAs("dataset"))) && kind.equals(r.getAs("kind")))
        .mapToLong(r -> GoldData.count(r, "lines")).sum();
  }
}
