package uk.steppingstones.report.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.conformed.form.ClosureRecord;
import uk.steppingstones.conformed.form.FormAnswers;
import uk.steppingstones.report.ReportTest;

class ClosureReasonsTest extends ReportTest {
  private static final String CLOSURES =
      "form_id|person_id|involvement_id|step_status|created_at|outcome_achieved|reason_not_achieved";
  private static final String CLAIMS = "form_id|person_id|involvement_id|step_status|created_at|claim_type|event_date";

  private static Dataset<Row> build(String[] claims, String... closures) {
    return new ClosureReasons().build(inputs(
        "closure_record", conformed("closure_record", CLOSURES, closures),
        "target_achievement_claim", conformed("target_achievement_claim", CLAIMS, claims)));
  }

  private static final String[] CLAIM_ROWS = {
    "T1|P1|V1|C|2024-04-10 09:00|STEPDOWN|2024-04-10",  // kept: V1 has a claim
    "T2|P2|V2|D|2024-04-10 09:00|AVOID|2024-04-10",     // draft: V2 has no claim
    "T3|P1|V8|C|2024-04-11 09:00|STEPDOWN|2024-04-10",  // duplicate of T1: V8 has no kept claim
    "T4|P9|V9|C|2024-04-10 09:00|AVOID|2024-05-01",     // kept, and its duplicate on the same involvement
    "T5|P9|V9|C|2024-04-12 09:00|AVOID|2024-05-01",
    "T6|P11|V11|C|2025-03-01 09:00|STEPDOWN|2025-05-01",  // EventDate after A: not a claim yet
    "T7|P12|V12|C|2025-04-02 09:00|STEPDOWN|2025-03-30",  // created after A
    "T8|P13||C|2024-04-10 09:00|AVOID|2024-04-10",      // no InvolvementID: belongs to no involvement
  };

  private static final String[] CLOSURE_ROWS = {
    "K1|P1|V1|C|2024-05-01 09:00|false|NONENG",         // claim: not counted
    "K2|P2|V2|C|2024-05-01 09:00|false|NONENG",         // only a draft claim: counted
    "K3|P3||C|2024-05-01 09:00|false|RISK",             // no InvolvementID: counted
    "K4|P4|V4|C|2024-05-01 09:00|true|",                // achieved, no claim, unanswered: Not recorded
    "K5|P5|V5|C|2024-05-01 09:00|false|LOST",           // unlisted code: Not recorded
    "K6|P6|V6|D|2024-05-01 09:00|false|OTHER",          // draft
    "K7|P7|V7|X|2024-05-01 09:00|false|OTHER",          // cancelled
    "K8|P1|V8|C|2024-05-01 09:00|false|OTHER",          // only a duplicate claim: counted
    "K9|P9|V9|C|2024-05-01 09:00|false|PLANCHG",        // claim: not counted
    "K10|P10|V10|C|2025-04-01 09:00|false|MOVED",       // created after A
    "K11|P11|V11|C|2024-03-31 23:59|false|OTHER",       // last minute of 2023-24, counted
    "K12|P12|V12|C|2024-04-01 00:00|false|MOVED",       // first minute of 2024-25, counted
    "K13|P13|V13|C|2024-05-01 09:00|false|NONENG",      // P13's claim names no involvement: counted
  };

  @Test
  void completedClosuresOfInvolvementsWithoutAKeptClaim() {
    assertRows(build(CLAIM_ROWS, CLOSURE_ROWS), "financial_year|reason|closures",
        "2023-24|Other|1",
        "2024-25|Non-engagement|2",
        "2024-25|Outcomes not achieved due to risks escalating|1",
        "2024-25|Family moved out of area|1",
        "2024-25|Other|1",
        "2024-25|Not recorded|2");
  }

  @Test
  void rowsRunByFyThenTheCatalogueWithNotRecordedLast() {
    Dataset<Row> table = build(CLAIM_ROWS, CLOSURE_ROWS);
    assertEquals(
        "2023-24 Other,2024-25 Non-engagement,2024-25 Outcomes not achieved due to risks escalating,"
            + "2024-25 Family moved out of area,2024-25 Other,2024-25 Not recorded",
        String.join(",", table.selectExpr("concat(financial_year, ' ', reason)").as(Encoders.STRING())
            .collectAsList()));
  }

  @Test
  void noZeroRowsSoAnFyWithoutClosuresHasNone() {
    // 2022-23 and 2024-25 have closures, 2023-24 none: reasons without closures have no row.
    assertRows(build(new String[0],
            "K1|P1|V1|C|2022-06-01 09:00|false|RISK",
            "K2|P2|V2|C|2024-06-01 09:00|false|RISK"),
        "financial_year|reason|closures",
        "2022-23|Outcomes not achieved due to risks escalating|1",
        "2024-25|Outcomes not achieved due to risks escalating|1");
  }

  @Test
  void anUnlistedReasonReadThroughTheClosureRecordIsNotRecorded() {
    Dataset<Row> forms = conformed("lcs_form", "form_id|person_id|involvement_id|form_type|step_status|created_at",
        "K1|P1|V1|SS_CLOSE|C|2024-05-01 09:00",
        "K2|P2|V2|SS_CLOSE|C|2024-05-01 09:00",
        "K3|P3|V3|SS_CLOSE|C|2024-05-01 09:00");
    Dataset<Row> answers = conformed("lcs_form_answer", "answer_id|form_id|question_code|answer|answered_at",
        "1|K1|ReasonNotAchieved|LOST|2024-05-01 10:00",    // not one of the listed codes
        "2|K2|reasonnotachieved| noneng |2024-05-01 10:00",
        "3|K3|OutcomeAchieved|No|2024-05-01 10:00");        // reason unanswered
    Dataset<Row> closures = new ClosureRecord().build(forms, FormAnswers.winning(answers));
    assertRows(new ClosureReasons().build(inputs("closure_record", closures)), "financial_year|reason|closures",
        "2024-25|Non-engagement|1",
        "2024-25|Not recorded|2");
  }

  @Test
  void factsNameEachCountedClosure() {
    assertRows(ClosureReasons.facts(inputs(
            "closure_record", conformed("closure_record", CLOSURES,
                "K1|P1|V1|C|2024-05-01 09:00|false|MOVED",
                "K2|P2||C|2024-03-31 23:59|false|",
                "K3|P3|V3|C|2024-05-01 09:00|false|OTHER"),
            "target_achievement_claim", conformed("target_achievement_claim", CLAIMS,
                "T1|P3|V3|C|2024-04-10 09:00|AVOID|2024-04-10"))),
        "form_id|person_id|involvement_id|created_date|financial_year|reason",
        "K1|P1|V1|2024-05-01|2024-25|Family moved out of area",
        "K2|P2||2024-03-31|2023-24|Not recorded");
  }

  @Test
  void noCountedClosureNoRows() {
    assertEquals(0, build(new String[] {"T1|P1|V1|C|2024-04-10 09:00|AVOID|2024-04-10"},
        "K1|P1|V1|C|2024-05-01 09:00|false|NONENG").count());
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,reason:string,closures:bigint",
        types(build(new String[0], "K1|P1|V1|C|2024-05-01 09:00|false|NONENG")));
  }
}
