package uk.steppingstones.report.involvement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.report.ReportInputs;

class InvolvementDurationBandsTest extends SparkTest {
  private static final LocalDate A = LocalDate.of(2025, 3, 31);

  private static Dataset<Row> build(Dataset<Row> involvements) {
    return new InvolvementDurationBands()
        .build(ReportInputs.of(spark, Map.of("ss_involvement", involvements), A, new ChildKey("test-key")));
  }

  @Test
  void bandBoundariesInDays() {
    // All end 31 Dec 2024 (FY 2024-25); durations 0, 89 | 90, 179 | 180, 269 | 270, 364 | 365.
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I0|C0|2024-12-31|2024-12-31",
        "I1|C1|2024-10-03|2024-12-31",
        "I2|C2|2024-10-02|2024-12-31",
        "I3|C3|2024-07-05|2024-12-31",
        "I4|C4|2024-07-04|2024-12-31",
        "I5|C5|2024-04-06|2024-12-31",
        "I6|C6|2024-04-05|2024-12-31",
        "I7|C7|2024-01-02|2024-12-31",
        "I8|C8|2024-01-01|2024-12-31");
    assertRows(build(inv), "financial_year|band|involvements",
        "2024-25|0-89|2",
        "2024-25|90-179|2",
        "2024-25|180-269|2",
        "2024-25|270-364|2",
        "2024-25|365+|1");
  }

  @Test
  void everyBandOfEveryFyWithZeros() {
    // One ends in 2022-23 (400 days); none in 2023-24; one in 2024-25 (10 days); open ones do not count.
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2021-03-01|2022-04-05",
        "I2|C2|2024-05-01|2024-05-11",
        "I3|C3|2023-05-01|",
        "I4|C4|2025-01-01|2025-06-01");
    assertRows(build(inv), "financial_year|band|involvements",
        "2022-23|0-89|0",
        "2022-23|90-179|0",
        "2022-23|180-269|0",
        "2022-23|270-364|0",
        "2022-23|365+|1",
        "2023-24|0-89|0",
        "2023-24|90-179|0",
        "2023-24|180-269|0",
        "2023-24|270-364|0",
        "2023-24|365+|0",
        "2024-25|0-89|1",
        "2024-25|90-179|0",
        "2024-25|180-269|0",
        "2024-25|270-364|0",
        "2024-25|365+|0");
  }

  @Test
  void exportTypes() {
    Dataset<Row> inv = conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
        "I1|C1|2024-06-01|2024-06-08");
    assertEquals("financial_year:string,band:string,involvements:bigint",
        InvolvementDurationSummaryTest.types(build(inv)));
  }
}
