package uk.steppingstones.conformed.form;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;

class FormTablesTest extends SparkTest {
  private static final String ANSWER = "answer_id|form_id|question_code|answer|answered_at";

  @Test
  void theLatestAnswerWinsThenTheLargerAnswerIdAsNumberOrText() {
    Dataset<Row> answers = conformed("lcs_form_answer", ANSWER,
        "1|F1|Accepted|No|2024-04-01 10:00",
        "2|F1|accepted|Yes|2024-04-02 10:00",          // later: wins (codes compare case-insensitively)
        "9|F2|Accepted|No|2024-04-01 10:00",
        "10|F2|Accepted|Yes|2024-04-01 10:00",         // tie: 10 > 9 as numbers
        "A9|F3|Accepted|Yes|2024-04-01 10:00",
        "A10|F3|Accepted|No|2024-04-01 10:00");        // tie, not numeric: "A9" > "A10" as text
    assertRows(FormAnswers.winning(answers), "form_id|question|answer",
        "F1|accepted|Yes", "F2|accepted|Yes", "F3|accepted|Yes");
  }

  @Test
  void initialConsultationsPivotAnswersWhicheverArrivedFirst() {
    Dataset<Row> forms = conformed("lcs_form", "form_id|person_id|involvement_id|form_type|step_status|created_at",
        "F1|P1|I1|SS_IC|C|2024-04-01 09:00",
        "F2|P2||SS_IC|D|2024-04-02 09:00",
        "F3|P3||SS_CLOSE|C|2024-04-03 09:00");
    Dataset<Row> answers = conformed("lcs_form_answer", ANSWER,
        "1|F1|Accepted|Y|2024-04-01 10:00",
        "2|F1|PlannedOutcome_EOC|Yes|2024-04-01 10:00",
        "3|F1|PlannedOutcome_REUNIFY|Yes|2024-04-01 10:00",
        "4|F1|PlannedOutcome_REUNIFY|No|2024-04-05 10:00",   // un-selected later
        "5|F1|ChildFocus_WISHES|1|2024-04-01 10:00",
        "6|F1|ChildFocus_NOTACODE|Yes|2024-04-01 10:00",     // unknown option: not in the table
        "7|F9|Accepted|Yes|2024-04-01 10:00");               // header not arrived yet
    Dataset<Row> ic = new InitialConsultation().build(forms, FormAnswers.winning(answers));
    assertRows(ic, "form_id|person_id|step_status|accepted|planned_outcomes|child_focuses|adult_focuses",
        "F1|P1|C|true|EOC|WISHES|", "F2|P2|D||||");
  }
}
