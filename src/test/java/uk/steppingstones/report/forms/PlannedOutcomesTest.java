package uk.steppingstones.report.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTest;

class PlannedOutcomesTest extends ReportTest {
  private static final String CONSULTATIONS =
      "form_id|person_id|involvement_id|step_status|created_at|accepted|planned_outcomes";

  private static Dataset<Row> build(String... consultations) {
    return new PlannedOutcomes().build(
        inputs("initial_consultation", conformed("initial_consultation", CONSULTATIONS, consultations)));
  }

  @Test
  void eachOptionSelectedOnACompletedAcceptedConsultationCountsOnce() {
    Dataset<Row> table = build(
        "F1|P1|I1|C|2024-05-01 09:00|true|EOC,REUNIFY",   // two selections on one form
        "F2|P2|I2|C|2024-06-01 09:00|true|EOC",
        "F3|P3|I3|C|2024-06-01 09:00|false|AVOIDRES",     // not accepted
        "F4|P4|I4|C|2024-06-01 09:00||AVOIDRES",          // Accepted unanswered: not accepted
        "F5|P5|I5|D|2024-06-01 09:00|true|AVOIDRES",      // draft
        "F6|P6|I6|X|2024-06-01 09:00|true|AVOIDRES",      // cancelled
        "F7|P7|I7|C|2025-04-01 09:00|true|INDEP",         // created after A
        "F8|P8|I8|C|2024-07-01 09:00|true|SDFOSTER,SDFOSTER");  // one option is one selection
    assertRows(table, "financial_year|planned_outcome|selections|pct",
        "2024-25|Edge of Care|2|50.0",
        "2024-25|Reunification Home|1|25.0",
        "2024-25|Avoid Step up to Residential|0|0.0",
        "2024-25|Step Down to Foster Care|1|25.0",
        "2024-25|Transition to Independence / Supported Lodging|0|0.0");
  }

  @Test
  void fyRangeFromTheFirstSelectionZeroYearsBetweenAndPctOfAZeroTotal() {
    Dataset<Row> table = build(
        "F0|P0|I0|C|2021-06-01 09:00|true|",                // accepted, nothing selected: no fact
        "F1|P1|I1|C|2023-03-31 23:59|true|EOC",             // last minute of 2022-23
        "F2|P2|I2|C|2024-04-01 00:00|true|EOC,REUNIFY",     // first minute of 2024-25
        "F3|P3|I3|C|2024-08-01 09:00|true|EOC");
    assertRows(table, "financial_year|planned_outcome|selections|pct",
        "2022-23|Edge of Care|1|100.0",
        "2022-23|Reunification Home|0|0.0",
        "2022-23|Avoid Step up to Residential|0|0.0",
        "2022-23|Step Down to Foster Care|0|0.0",
        "2022-23|Transition to Independence / Supported Lodging|0|0.0",
        "2023-24|Edge of Care|0|0.0",
        "2023-24|Reunification Home|0|0.0",
        "2023-24|Avoid Step up to Residential|0|0.0",
        "2023-24|Step Down to Foster Care|0|0.0",
        "2023-24|Transition to Independence / Supported Lodging|0|0.0",
        "2024-25|Edge of Care|2|66.67",
        "2024-25|Reunification Home|1|33.33",
        "2024-25|Avoid Step up to Residential|0|0.0",
        "2024-25|Step Down to Foster Care|0|0.0",
        "2024-25|Transition to Independence / Supported Lodging|0|0.0");
    assertEquals("Edge of Care,Reunification Home,Avoid Step up to Residential,Step Down to Foster Care,"
            + "Transition to Independence / Supported Lodging",
        String.join(",", table.filter("financial_year = '2024-25'").select("planned_outcome")
            .as(Encoders.STRING()).collectAsList()));
  }

  @Test
  void factsAreOneRowPerSelection() {
    Dataset<Row> ic = conformed("initial_consultation", CONSULTATIONS,
        "F1|P1|I1|C|2024-05-01 09:00|true|EOC,REUNIFY",
        "F2|P2||C|2024-05-01 09:00|false|EOC");
    assertRows(PlannedOutcomes.facts(inputs("initial_consultation", ic)),
        "form_id|person_id|involvement_id|created_date|financial_year|planned_outcome",
        "F1|P1|I1|2024-05-01|2024-25|Edge of Care",
        "F1|P1|I1|2024-05-01|2024-25|Reunification Home");
  }

  @Test
  void noSelectionNoRows() {
    assertEquals(0, build("F1|P1|I1|C|2024-05-01 09:00|false|EOC").count());
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,planned_outcome:string,selections:bigint,pct:double",
        types(build("F1|P1|I1|C|2024-05-01 09:00|true|EOC")));
  }
}
