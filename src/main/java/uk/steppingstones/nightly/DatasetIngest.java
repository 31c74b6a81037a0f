package uk.steppingstones.nightly;

import static org.apache.spark.sql.functions.*;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.Checkpoint;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.Progress;
import uk.steppingstones.conformed.ConformedStage;
import uk.steppingstones.conformed.PersonMerges;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.LandingReader;
import uk.steppingstones.landing.Lineage;
import uk.steppingstones.landing.RecordParser;
import uk.steppingstones.raw.RawStage;

/**
 * One dataset's night: its accepted files are read once (Spark CSV), parsed, written to raw,
 * their rejected records set aside for quarantine, and the rest merged into the conformed table.
 * Every line read is counted as loaded or quarantined, and every loaded line as current or
 * superseded.
 */
final class DatasetIngest {
  /** A count of records by dataset, column and reason (quarantine reasons, data-quality issues). */
  record ReasonCount(String dataset, String column, String reason, long rows) {}

  /** What the dataset's night produced. */
  record Result(
      DatasetContract dataset,
      List<FileOutcome> files,
      List<ReasonCount> quarantineReasons,
      List<ReasonCount> dataQuality,
      Dataset<Row> quarantine,
      Dataset<Row> parsed) {

    /** Frees the night's parsed records, once the quarantine (computed from them) is written. */
    void release() {
      if (parsed != null) {
        Checkpoint.free(parsed);
      }
    }
  }

  private final Lake lake;
  private final RawStage raw;
  private final ConformedStage conformed;
  private final String runId;
  private final Timestamp at;

  DatasetIngest(Lake lake, RawStage raw, ConformedStage conformed, String runId, Timestamp at) {
    this.lake = lake;
    this.raw = raw;
    this.conformed = conformed;
    this.runId = runId;
    this.at = at;
  }

  /**
   * @param files the dataset's accepted files of the night, in extract order
   * @param survivorMap person id to surviving person id, for records that name a person
   * @param survivorChanges ids whose survivor changed tonight, or null when none did
   */
  Result run(DatasetContract dataset, List<NightPlan.Accepted> files, Dataset<Row> survivorMap,
      Dataset<Row> survivorChanges) {
    if (dataset.hasPerson() && survivorChanges != null) {
      conformed.repoint(dataset, survivorChanges);
    }
    if (files.isEmpty()) {
      return new Result(dataset, List.of(), List.of(), List.of(), null, null);
    }
    Dataset<Row> text = null;
    Map<String, String> checksums = new LinkedHashMap<>();
    for (NightPlan.Accepted f : files) {
      Dataset<Row> one = LandingReader.read(lake.spark(), f.file(), f.header(), f.layout(), f.outcome().fileRank(),
          f.outcome().checksum());
      text = text == null ? one : text.unionByName(one);
      checksums.put(f.file().name(), f.outcome().checksum());
    }
    // Kept for the night's few passes over it (counts, quarantine, raw, conformed), each planned
    // against a leaf rather than against the whole parse, which is large: a step per contract column.
    Dataset<Row> parsed = Checkpoint.shared(RecordParser.parse(text, dataset));
    Column accepted = size(col("problems")).equalTo(0);

    // Per file: lines, loaded lines, and loaded lines with a data-quality issue.
    Map<String, long[]> perFile = new HashMap<>();
    Progress.step("landing", dataset.name(), () -> {
      long total = 0;
      for (Row r : parsed.groupBy(Lineage.SOURCE_FILE)
          .agg(count(lit(1)), sum(when(accepted, 1).otherwise(0)),
              sum(when(accepted.and(size(col("dq_issues")).gt(0)), 1).otherwise(0)))
          .collectAsList()) {
        perFile.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
        total += r.getLong(1);
      }
      return total;
    });
    boolean anyRejected = perFile.values().stream().anyMatch(v -> v[0] > v[1]);
    boolean anyQualityIssue = perFile.values().stream().anyMatch(v -> v[2] > 0);

    // Checkpointed: the night's quarantine is one union of every dataset's, and a union of the
    // full parsing plans would cost seconds to plan (and, if evicted, to recompute).
    Dataset<Row> quarantine = anyRejected
        ? RawStage.quarantineRows(parsed.filter(not(accepted)), dataset, runId, at).localCheckpoint()
        : null;
    List<ReasonCount> reasons = anyRejected
        ? counts(dataset, quarantine.groupBy("column", "reason").count())
        : List.of();
    List<ReasonCount> quality = anyQualityIssue
        ? counts(dataset, parsed.filter(accepted).select(explode(col("dq_issues")).as("i"))
            .groupBy(col("i.column").as("column"), col("i.reason").as("reason")).count())
        : List.of();

    Dataset<Row> good = parsed.filter(accepted);
    long loaded = perFile.values().stream().mapToLong(v -> v[1]).sum();
    boolean[] seenBefore = {false};
    Progress.step("raw", dataset.name(), () -> {
      seenBefore[0] = raw.writeRaw(lake.raw(dataset.name()), RawStage.rawRows(good, runId, at), checksums, loaded);
      return loaded;
    });

    Dataset<Row> records = dataset.hasPerson() ? PersonMerges.repoint(good, survivorMap) : good;
    // Lines of tonight's files that are the current version after the merge; the rest were superseded.
    Map<String, Long> current = new HashMap<>();
    Progress.step("conformed", dataset.name(), () -> {
      if (loaded == 0 && lake.exists(lake.conformed(dataset.name()))) {
        // Nothing to merge: the table stays as it is, without a commit.
        return 0L;
      }
      ConformedStage.Merged merged = conformed.merge(dataset, ConformedStage.conformedColumns(records, dataset));
      if (files.size() == 1 && merged.written().isPresent() && !seenBefore[0]) {
        // One file never merged before: the rows the write made current are that file's.
        current.put(files.get(0).file().name(), merged.written().getAsLong());
        return merged.written().getAsLong();
      }
      // Otherwise counted from the table as written (rows a stopped run already merged count too).
      for (Row r : merged.table()
          .filter(String.join(" OR ", files.stream()
              .map(f -> "(" + Lineage.SOURCE_FILE + " = '" + f.file().name() + "' AND " + Lineage.FILE_RANK + " = "
                  + f.outcome().fileRank() + ")").toList()))
          .groupBy(Lineage.SOURCE_FILE).count().collectAsList()) {
        current.put(r.getString(0), r.getLong(1));
      }
      return current.values().stream().mapToLong(Long::longValue).sum();
    });
    List<FileOutcome> outcomes = new ArrayList<>();
    for (NightPlan.Accepted f : files) {
      long[] c = perFile.getOrDefault(f.file().name(), new long[] {0, 0, 0});
      long now = current.getOrDefault(f.file().name(), 0L);
      outcomes.add(f.outcome().withCounts(c[0], c[1], c[0] - c[1], c[1] - now));
    }
    return new Result(dataset, outcomes, reasons, quality, quarantine, parsed);
  }

  private static List<ReasonCount> counts(DatasetContract dataset, Dataset<Row> grouped) {
    List<ReasonCount> out = new ArrayList<>();
    for (Row r : grouped.collectAsList()) {
      out.add(new ReasonCount(dataset.name(), r.getString(0), r.getString(1), r.getLong(2)));
    }
    return out;
  }
}
