package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.report.ReportInputs;

class InvolvementDurationSummaryTest extends SparkTest {
  private static final LocalDate A = LocalDate.of(2025, 3, 31);

  private static Dataset<Row> build(Dataset<Row> involvements) {
    return new InvolvementDurationSummary()
        .build(ReportInputs.of(spark, Map.of("ss_involvement", involvements), A, new ChildKey("test-key")));
  }

  @Test
  void meanTrimmedMeanAndInterpolatedPercentilesOfTenDurations() {
    // Durations (days), given unsorted: 400 3 58 12 90 21 7 44 15 30.
    // Sorted: 3 7 12 15 21 30 44 58 90 400; n - 1 = 9.
    // p5 at 0.45: 3 + 0.45*4 = 4.8; p25 at 2.25: 12 + 0.25*3 = 12.75; median at 4.5: 21 + 0.5*9 = 25.5;
    // p75 at 6.75: 44 + 0.75*14 = 54.5; p95 at 8.55: 90 + 0.55*310 = 260.5.
    // Mean 680 / 10 = 68. Trimmed: 4.8 <= d <= 260.5 drops 3 and 400: 277 / 8 = 34.625 -> 34.63.
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I0|C0|2023-11-27|2024-12-31",
        "I1|C1|2024-12-28|2024-12-31",
        "I2|C2|2024-11-03|2024-12-31",
        "I3|C3|2024-12-19|2024-12-31",
        "I4|C4|2024-10-02|2024-12-31",
        "I5|C5|2024-12-10|2024-12-31",
        "I6|C6|2024-12-24|2024-12-31",
        "I7|C7|2024-11-17|2024-12-31",
        "I8|C8|2024-12-16|2024-12-31",
        "I9|C9|2024-12-01|2024-12-31");
    assertRows(build(inv),
        "financial_year|involvements|mean_days|trimmed_mean_days|p5|p25|median|p75|p95",
        "2024-25|10|68.0|34.63|4.8|12.75|25.5|54.5|260.5");
  }

  @Test
  void trimmedMeanKeepsDurationsEqualToTheBounds() {
    // Sorted 10 10 10 20 30 30 30 (n - 1 = 6): p5 at 0.3 = 10, p95 at 5.7 = 30: nothing is trimmed.
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2024-06-01|2024-06-11",
        "I2|C2|2024-06-01|2024-06-11",
        "I3|C3|2024-06-01|2024-06-11",
        "I4|C4|2024-06-01|2024-06-21",
        "I5|C5|2024-06-01|2024-07-01",
        "I6|C6|2024-06-01|2024-07-01",
        "I7|C7|2024-06-01|2024-07-01");
    assertRows(build(inv),
        "financial_year|involvements|mean_days|trimmed_mean_days|p5|p25|median|p75|p95",
        "2024-25|7|20.0|20.0|10.0|10.0|20.0|30.0|30.0");
  }

  @Test
  void oneInvolvementIsEveryPercentile() {
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2024-06-01|2024-06-08");
    assertRows(build(inv),
        "financial_year|involvements|mean_days|trimmed_mean_days|p5|p25|median|p75|p95",
        "2024-25|1|7.0|7.0|7.0|7.0|7.0|7.0|7.0");
  }

  @Test
  void fyOfEndDateAndZeroFilledYearsThroughFyOfA() {
    // Ended 2022-23 (started in 2021-22: the FY is the EndDate's), none ends in 2023-24, one in
    // 2024-25 on A; an open one and one ending after A (reads open) are not counted.
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2022-03-01|2022-04-01",
        "I2|C2|2024-01-01|",
        "I3|C3|2025-03-01|2025-03-31",
        "I4|C4|2025-01-01|2025-04-01");
    assertRows(build(inv),
        "financial_year|involvements|mean_days|trimmed_mean_days|p5|p25|median|p75|p95",
        "2022-23|1|31.0|31.0|31.0|31.0|31.0|31.0|31.0",
        "2023-24|0|||||||",
        "2024-25|1|30.0|30.0|30.0|30.0|30.0|30.0|30.0");
  }

  @Test
  void noEndedInvolvementNoRows() {
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2024-01-01|");
    assertEquals(0, build(inv).count());
  }

  @Test
  void exportTypes() {
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2024-06-01|2024-06-08");
    assertEquals(
        "financial_year:string,involvements:bigint,mean_days:double,trimmed_mean_days:double,p5:double,"
            + "p25:double,median:double,p75:double,p95:double",
        types(build(inv)));
  }

  static String types(Dataset<Row> df) {
    StringBuilder sb = new StringBuilder();
    for (var f : df.schema().fields()) {
      sb.append(sb.length() == 0 ? "" : ",").append(f.name()).append(':').append(f.dataType().simpleString());
    }
    return sb.toString();
  }
}
