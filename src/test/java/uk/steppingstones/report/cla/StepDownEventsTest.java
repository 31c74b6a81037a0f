package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class StepDownEventsTest extends ClaTest {
  private static Dataset<Row> events(Dataset<Row> people, String... episodes) {
    return StepDownEvents.of(
        inputs("cla_episode", conformed("cla_episode", EPISODES, episodes), "person", people));
  }

  private static Dataset<Row> young(String... ids) {
    String[] rows = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      rows[i] = ids[i] + "|2015-01-01|";
    }
    return conformed("person", PEOPLE, rows);
  }

  @Test
  void moveToP1AndPeriodEnd() {
    // U1 -> P1 is a move (on the P1 StartDate); P1 -> P1 is not; the period's end is an event.
    assertRows(
        events(young("C1"),
            "E1|C1|2023-01-01|2023-04-01|U1",
            "E2|C1|2023-04-01|2023-09-01|P1",
            "E3|C1|2023-09-01|2023-12-01|P1"),
        "person_id|period_no|period_start|event_date|event_kind",
        "C1|1|2023-01-01|2023-04-01|move_to_p1",
        "C1|1|2023-01-01|2023-12-01|ceased");
  }

  @Test
  void aPeriodStartingInP1IsAnEntryNotAMove() {
    // Both periods open in P1: no move; the first ends (ceased), the second is still open.
    assertRows(
        events(young("C2"),
            "E1|C2|2024-01-01|2024-03-01|P1",
            "E2|C2|2024-05-01||P1"),
        "person_id|period_no|period_start|event_date|event_kind",
        "C2|1|2024-01-01|2024-03-01|ceased");
  }

  @Test
  void p1AfterAnotherPeriodsNonP1EpisodeIsNotAMove() {
    // E2 (P1) opens period 2 after a gap: its previous episode is in another period.
    assertRows(
        events(young("C3"),
            "E1|C3|2024-01-01|2024-02-01|U1",
            "E2|C3|2024-03-01||P1"),
        "person_id|period_no|period_start|event_date|event_kind",
        "C3|1|2024-01-01|2024-02-01|ceased");
  }

  @Test
  void eighteenthBirthdayCutOffOnItsBoundaryDay() {
    // Born 20 Oct 2006: cut-off 20 Sep 2024. An event on it is excluded, the day before counts.
    Dataset<Row> people = conformed("person", PEOPLE, "C3|2006-10-20|", "C4|2006-10-20|");
    assertRows(
        events(people,
            "E1|C3|2024-01-01|2024-09-20|U1",
            "E2|C4|2024-01-01|2024-09-19|U1",
            "E3|C4|2024-09-20|2024-10-01|U1",
            "E4|C4|2024-10-01||P1"),
        "person_id|period_no|period_start|event_date|event_kind",
        "C4|1|2024-01-01|2024-09-19|ceased");
  }

  @Test
  void cutOffIsBirthPlus18YearsThenMinusOneMonth() {
    Dataset<Row> dobs = text("dob", "2006-10-20", "2008-02-29", "2007-03-31", "2007-01-31")
        .select(to_date(col("dob")).as("dob"));
    assertRows(
        dobs.select(col("dob").cast("string").as("dob"), StepDownEvents.cutOff(col("dob")).as("cut_off")),
        "dob|cut_off",
        "2006-10-20|2024-09-20",
        "2008-02-29|2026-01-28",
        "2007-03-31|2025-02-28",
        "2007-01-31|2024-12-31");
  }

  @Test
  void aChildWithoutAPersonRowKeepsTheirEvents() {
    assertRows(
        events(young("someone-else"), "E1|C5|2024-01-01|2024-02-01|U1"),
        "person_id|event_date|event_kind",
        "C5|2024-02-01|ceased");
  }

  @Test
  void nothingAfterA() {
    // Ends after A read as open; a P1 episode starting after A is left out.
    assertEquals(0, events(young("C6", "C7"),
            "E1|C6|2024-06-01|2025-04-10|U1",
            "E2|C7|2024-06-01|2025-04-01|U1",
            "E3|C7|2025-04-02||P1").count());
  }
}
