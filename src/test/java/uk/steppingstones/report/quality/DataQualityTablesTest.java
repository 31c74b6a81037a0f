package uk.steppingstones.report.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTest;

/** The data-quality tables on hand-made run records and quarantine rows. */
class DataQualityTablesTest extends ReportTest {

  private static Row file(String file, String dataset, String outcome, String checksum, long read, long loaded,
      long quarantined, long superseded, String message) {
    return RowFactory.create(file, dataset, outcome, checksum, read, loaded, quarantined, superseded, message);
  }

  private static Row reason(String dataset, String column, String reason, long rows) {
    return RowFactory.create(dataset, column, reason, rows);
  }

  private static Row run(String id, String startedAt, String asOf, String status, List<Row> files, List<Row> quality,
      List<String> cycles) {
    return RowFactory.create(id, Timestamp.valueOf(startedAt), Date.valueOf(asOf), status, files, quality, cycles);
  }

  /**
   * Night 1 (R1): a person file with two quarantined lines, a rejected plo file, an unrecognised
   * file, optional values read as no value, unknown question codes and a merge cycle. R2 failed.
   * Night 2 (R3): the person file skipped, the plo file still rejected, the unrecognised file seen
   * again, and a new involvement file with one quarantined line.
   */
  private static ReportInputs nights() {
    Dataset<Row> runs = spark.createDataFrame(List.of(
        run("R1", "2025-03-28 22:00:00", "2025-03-28", "succeeded",
            List.of(file("person_20250328.csv", "person", "ingested", "c1", 100, 98, 2, 5, null),
                file("plo_20250328.csv", "plo", "rejected", "c2", 10, 0, 0, 0,
                    "plo_20250328.csv: missing required column 'StartDate'"),
                file("notes.txt", null, "unrecognised", null, 0, 0, 0, 0, "not a dataset of the landing contract: left alone")),
            List.of(reason("person", "Gender", "unknown code", 3),
                reason("lcs_form_answer", "QuestionCode", "unknown question code (in raw only)", 7)),
            List.of("P5", "P6")),
        run("R2", "2025-03-29 22:00:00", "2025-03-29", "failed",
            List.of(file("ss_involvement_20250329.csv", "ss_involvement", "ingested", "c3", 50, 49, 1, 0, null)),
            List.of(), List.of()),
        run("R3", "2025-03-29 23:00:00", "2025-03-29", "succeeded",
            List.of(file("person_20250328.csv", "person", "skipped", "c1", 0, 0, 0, 0, "already ingested"),
                file("plo_20250328.csv", "plo", "still rejected", "c2", 0, 0, 0, 0, "rejected in an earlier run"),
                file("notes.txt", null, "unrecognised", null, 0, 0, 0, 0, "not a dataset of the landing contract: left alone"),
                file("ss_involvement_20250329.csv", "ss_involvement", "ingested", "c3", 50, 49, 1, 0, null)),
            List.of(), List.of())),
        NightFiles.RUN_RECORD);
    Dataset<Row> quarantine = text("run_id|dataset|source_file|source_line|column|reason|source_checksum",
        "R1|person|person_20250328.csv|3|PersonID|missing required value|c1",
        "R1|person|person_20250328.csv|9||wrong number of fields|c1",
        "R3|ss_involvement|ss_involvement_20250329.csv|4|EndDate|EndDate before StartDate|c3",
        "R2|ss_involvement|ss_involvement_20250329.csv|7|EndDate|EndDate before StartDate|c9")
        .selectExpr("run_id", "dataset", "source_file", "cast(source_line as bigint) source_line", "column", "reason",
            "source_checksum", "map('PersonID', 'P1') as record");
    Map<String, Dataset<Row>> ops = Map.of("run_record", runs, "quarantine", quarantine);
    return inputs().withOps(name -> Optional.ofNullable(ops.get(name)));
  }

  @Test
  void oneRowPerNightDatasetAndFileThatBroughtSomething() {
    assertRows(new DataQualityNightly().build(nights()),
        "night|run_id|dataset|file|extract_date|outcome|lines_read|loaded|quarantined|superseded|rejected_file"
            + "|rejection_reason|night_unknown_question_codes|night_merge_cycles",
        "2025-03-28|R1|person|person_20250328.csv|2025-03-28|ingested|100|98|2|5|false||7|2",
        "2025-03-28|R1|plo|plo_20250328.csv|2025-03-28|rejected|10|0|0|0|true|missing required column 'StartDate'|7|2",
        "2025-03-28|R1|(unrecognised)|notes.txt||unrecognised|0|0|0|0|false||7|2",
        "2025-03-29|R3|ss_involvement|ss_involvement_20250329.csv|2025-03-29|ingested|50|49|1|0|false||0|0");
  }

  @Test
  void problemsByReasonWithTheirKind() {
    assertRows(new DataQualityReasons().build(nights()), "night|run_id|dataset|file|kind|column|reason|lines",
        "2025-03-28|R1|person|person_20250328.csv|quarantined|PersonID|missing required value|1",
        "2025-03-28|R1|person|person_20250328.csv|quarantined||wrong number of fields|1",
        "2025-03-28|R1|plo|plo_20250328.csv|file rejected||missing required column 'StartDate'|10",
        "2025-03-28|R1|person||read as no value|Gender|unknown code|3",
        "2025-03-28|R1|lcs_form_answer||unknown question code|QuestionCode|unknown question code (in raw only)|7",
        "2025-03-29|R3|ss_involvement|ss_involvement_20250329.csv|quarantined|EndDate|EndDate before StartDate|1");
  }

  @Test
  void columnsAndTypesForPowerBi() {
    assertEquals("night:date,run_id:string,run_started_at:timestamp,dataset:string,file:string,extract_date:date,"
            + "outcome:string,lines_read:bigint,loaded:bigint,quarantined:bigint,superseded:bigint,rejected_file:boolean,"
            + "rejection_reason:string,night_unknown_question_codes:bigint,night_merge_cycles:bigint",
        types(new DataQualityNightly().build(nights())));
    assertEquals("night:date,run_id:string,dataset:string,file:string,kind:string,column:string,reason:string,lines:bigint",
        types(new DataQualityReasons().build(nights())));
  }

  @Test
  void noRunYetNoRows() {
    assertEquals(0, new DataQualityNightly().build(inputs()).count());
    assertEquals(0, new DataQualityReasons().build(inputs()).count());
    assertEquals(List.of(), Arrays.asList(new DataQualityReasons().build(inputs()).collectAsList().toArray()));
  }
}
