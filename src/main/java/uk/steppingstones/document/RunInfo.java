package uk.steppingstones.document;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One run of the nightly job as ops/run_record holds it: what a report states on its first page
 * (run id, as-of date, when it ran, files rejected that night) and the versions of the tables it
 * left, for reading the report as published.
 */
public record RunInfo(String runId, LocalDate asOf, Timestamp startedAt, Timestamp endedAt, String message,
    List<RejectedFile> rejectedFiles, Map<String, Long> tableVersions) {

  /** A file rejected whole that night ({@code rejected}, or {@code still rejected} from before). */
  public record RejectedFile(String file, String outcome, String message) {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  /** From a row of ops/run_record. */
  public static RunInfo of(Row r) {
    List<RejectedFile> rejected = new ArrayList<>();
    List<Row> files = r.getList(r.fieldIndex("files"));
    for (Row f : files) {
      String outcome = f.getAs("outcome");
      if (outcome.equals("rejected") || outcome.equals("still rejected")) {
        rejected.add(new RejectedFile(f.getAs("file"), outcome, f.getAs("message")));
      }
    }
    java.sql.Date asOf = r.getAs("as_of");
    Map<String, Long> versions = r.isNullAt(r.fieldIndex("table_versions")) ? Map.of()
        : r.<String, Long>getJavaMap(r.fieldIndex("table_versions"));
    return new RunInfo(r.getAs("run_id"), asOf == null ? null : asOf.toLocalDate(), r.getAs("started_at"),
        r.getAs("ended_at"), r.getAs("message"), rejected, versions);
  }

  /** When the run started, for people: 28 March 2025, 22:00 UTC. */
  public String startedText() {
    return startedAt == null ? "" : TIME.format(startedAt.toInstant());
  }

  public String endedText() {
    return endedAt == null ? "" : TIME.format(endedAt.toInstant());
  }
}
