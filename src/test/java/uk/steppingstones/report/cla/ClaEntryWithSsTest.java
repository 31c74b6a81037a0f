package uk.steppingstones.report.cla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ClaEntryWithSsTest extends ClaTest {
  private static Dataset<Row> build(String[] episodes, String... involvements) {
    return new ClaEntryWithSs().build(inputs(
        "cla_episode", conformed("cla_episode", EPISODES, episodes),
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements)));
  }

  @Test
  void withSsIsAnInvolvementOpenOnTheFirstPeriodStartInTheFy() {
    String[] episodes = {
      "E1|C1|2024-05-01||U1",            // involvement ends on the day: open
      "E2|C2|2024-06-01||U1",            // involvement ended the day before: not open
      "E3|C3|2024-07-01||U1",            // involvement starts on the day: open
      "E4|C4|2024-04-10|2024-05-01|U1",  // two periods in the FY: the first start counts, once
      "E5|C4|2024-08-01||U1",
      "E6|C5|2022-06-01|2022-07-01|U1",  // 2022-23; nothing in 2023-24
    };
    assertRows(
        build(episodes,
            "I1|C1|2024-04-01|2024-05-01",
            "I2|C2|2024-04-01|2024-05-31",
            "I3|C3|2024-07-01|",
            "I4|C4|2024-08-01|"),
        "financial_year|children_became_cla|with_ss|pct",
        "2022-23|1|0|0.0",
        "2023-24|0|0|0.0",
        "2024-25|4|2|50.0");
  }

  @Test
  void aContinuingEpisodeIsNoNewEntry() {
    // E2 starts on E1's EndDate: one period starting in 2023-24, nothing starts in 2024-25.
    String[] episodes = {"E1|C1|2024-01-01|2024-05-01|U1", "E2|C1|2024-05-01||P1"};
    assertRows(build(episodes, "I1|C1|2023-12-01|"),
        "financial_year|children_became_cla|with_ss|pct",
        "2023-24|1|1|100.0",
        "2024-25|0|0|0.0");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,children_became_cla:bigint,with_ss:bigint,pct:double",
        types(build(new String[] {"E1|C1|2024-05-01||U1"})));
  }
}
