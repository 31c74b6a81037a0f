package uk.steppingstones.report.cla;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PeriodsOfCareTest extends ClaTest {
  private static Dataset<Row> periods(String... episodes) {
    return PeriodsOfCare.of(inputs("cla_episode", conformed("cla_episode", EPISODES, episodes)));
  }

  @Test
  void episodeStartingOnThePreviousEndIsContiguousAndTheDayAfterIsANewPeriod() {
    assertRows(
        periods(
            "E1|C1|2023-01-01|2023-03-01|U1",
            "E2|C1|2023-03-01|2023-06-01|U1",
            "E3|C1|2023-06-02|2023-08-01|U1"),
        "person_id|period_no|period_start|period_end",
        "C1|1|2023-01-01|2023-06-01",
        "C1|2|2023-06-02|2023-08-01");
  }

  @Test
  void anOpenPreviousEpisodeNeverStartsANewPeriod() {
    // E1 is open: E2 continues its period, and the period ends at its last episode's EndDate.
    assertRows(
        periods("E1|C2|2023-01-01||U1", "E2|C2|2023-05-01|2023-07-01|U1"),
        "person_id|period_no|period_start|period_end",
        "C2|1|2023-01-01|2023-07-01");
    // The last episode open: the period is open.
    assertRows(
        periods("E1|C2|2023-01-01||U1", "E2|C2|2023-05-01||U1"),
        "person_id|period_no|period_start|period_end",
        "C2|1|2023-01-01|");
  }

  @Test
  void episodesOnTheSameDayAreOrderedByEpisodeIdAsNumbers() {
    // 9 before 10: 10 is the last episode, so the period ends on 10's EndDate.
    assertRows(
        periods("10|C3|2023-01-01|2023-03-01|U1", "9|C3|2023-01-01|2023-02-01|U1"),
        "person_id|period_no|period_start|period_end",
        "C3|1|2023-01-01|2023-03-01");
  }

  @Test
  void asOfAnEndAfterAIsOpenAndAStartAfterAIsLeftOut() {
    assertRows(
        periods(
            "E1|C4|2025-01-01|2025-04-10|U1",
            "E2|C5|2024-01-01|2024-02-01|U1",
            "E3|C5|2025-04-02||U1"),
        "person_id|period_no|period_start|period_end",
        "C4|1|2025-01-01|",
        "C5|1|2024-01-01|2024-02-01");
  }

  @Test
  void periodsArePerChild() {
    assertRows(
        periods("E1|C1|2023-01-01|2023-02-01|U1", "E2|C2|2023-02-01|2023-03-01|U1"),
        "person_id|period_no|period_start|period_end",
        "C1|1|2023-01-01|2023-02-01",
        "C2|1|2023-02-01|2023-03-01");
  }
}
