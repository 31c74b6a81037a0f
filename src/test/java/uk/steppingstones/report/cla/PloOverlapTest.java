package uk.steppingstones.report.cla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PloOverlapTest extends ClaTest {
  private static Dataset<Row> build(String[] plos, String... involvements) {
    return new PloOverlap().build(inputs(
        "plo", conformed("plo", "plo_id|person_id|start_date|end_date", plos),
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements)));
  }

  @Test
  void involvedBeforeAndFirstOpenedDuring() {
    String[] plos = {
      "L1|C1|2024-05-01|2024-08-01",
      "L2|C2|2024-05-01|2024-08-01",
      "L3|C3|2024-06-01|2024-08-01",  // two PLOs start on P: the latest EndDate (1 Sep) is the end
      "L4|C3|2024-06-01|2024-09-01",
      "L5|C4|2024-06-01|2024-08-01",
      "L6|C5|2024-07-01|",             // open: runs to A
      "L7|C6|2024-07-01|2025-05-01",   // ends after A: open, runs to A
      "L8|C7|2024-04-10|2024-04-20",   // P is the first PLO start in the FY
      "L9|C7|2024-10-01|2024-12-01",
      "L10|C8|2022-05-01|2022-07-01",  // 2022-23; nothing in 2023-24
    };
    assertRows(
        build(plos,
            "I1|C1|2024-04-30|2024-04-30",  // strictly before P, ended long ago: before
            "I2|C2|2024-05-01|",            // starts on P: not before, during
            "I3|C3|2024-09-01|",            // on the latest end: during
            "I4|C4|2024-08-02|",            // the day after the end: neither
            "I5|C5|2025-03-01|",            // open-ended PLO: during
            "I6|C6|2025-03-31|",            // on A: during
            "I7|C7|2024-06-01|",            // after P's PLO, before the next: neither
            "I8|C8|2021-01-01|2021-02-01",  // before, so not first opened during
            "I9|C8|2022-06-01|"),
        "financial_year|children_started_plo|involved_before|first_opened_during|pct_involved_before|pct_first_opened_during",
        "2022-23|1|1|0|100.0|0.0",
        "2023-24|0|0|0|0.0|0.0",
        "2024-25|7|1|4|14.29|57.14");
  }

  @Test
  void childWithPlosInTwoFysCountsInEach() {
    String[] plos = {"L1|C1|2024-03-01|2024-03-20", "L2|C1|2024-06-01|"};
    assertRows(build(plos, "I1|C1|2024-03-10|"),
        "financial_year|children_started_plo|involved_before|first_opened_during|pct_involved_before|pct_first_opened_during",
        "2023-24|1|0|1|0.0|100.0",
        "2024-25|1|1|0|100.0|0.0");
  }

  @Test
  void exportTypes() {
    assertEquals(
        "financial_year:string,children_started_plo:bigint,involved_before:bigint,first_opened_during:bigint,"
            + "pct_involved_before:double,pct_first_opened_during:double",
        types(build(new String[] {"L1|C1|2024-05-01|"})));
  }
}
