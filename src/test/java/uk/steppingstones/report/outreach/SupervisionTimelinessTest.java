package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class SupervisionTimelinessTest extends OutreachTest {
  private static Dataset<Row> build(String[] involvements, String... forms) {
    return new SupervisionTimeliness().build(inputs(
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "lcs_form", conformed("lcs_form", FORMS, forms)));
  }

  @Test
  void aCompletedGroupSupervisionOfTheInvolvementWithin14DaysInclusive() {
    String[] involvements = {
      "I1|C1|2024-05-01|", "I2|C2|2024-05-01|", "I3|C3|2024-05-01|", "I4|C4|2024-05-01|",
      "I5|C5|2024-05-01|", "I6|C6|2024-05-01|", "I7|C7|2022-05-01|"};
    String[] forms = {
      "F1|C1|I1|SS_GS|C|2024-05-15 23:00:00",  // day 14: in time
      "F2|C2|I2|SS_GS|C|2024-05-16 08:00:00",  // day 15: late
      "F3|C3|I3|SS_GS|D|2024-05-02 08:00:00",  // draft
      "F4|C4|I4|SS_GS|C|2024-04-30 08:00:00",  // before the start
      "F5|C4|I4|SS_RC|C|2024-05-02 08:00:00",  // not a group supervision
      "F6|C5|I1|SS_GS|C|2024-05-02 08:00:00",  // names another involvement
      "F7|C6|I6|SS_GS|C|2024-05-01 00:00:00"}; // on the start day
    assertRows(build(involvements, forms), "financial_year|involvements_started|first_within_14_days|pct",
        "2022-23|1|0|0.0",
        "2023-24|0|0|0.0",
        "2024-25|6|2|33.33");
  }

  @Test
  void aSupervisionCreatedAfterADoesNotCount() {
    assertRows(build(new String[] {"I1|C1|2025-03-25|"}, "F1|C1|I1|SS_GS|C|2025-04-01 09:00:00"),
        "financial_year|involvements_started|first_within_14_days|pct",
        "2024-25|1|0|0.0");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,involvements_started:bigint,first_within_14_days:bigint,pct:double",
        types(build(new String[] {"I1|C1|2024-05-01|"})));
  }
}
