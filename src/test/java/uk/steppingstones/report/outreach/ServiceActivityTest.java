package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ServiceActivityTest extends OutreachTest {
  private static final String IC = "form_id|person_id|step_status|created_at|accepted";
  private static final String COLUMNS =
      "financial_year|children_initial_consultation|children_intervention|involvements_started|involvements_ended"
          + "|max_open_month_end|male|female|other_gender|mean_age_at_start";

  private static Dataset<Row> build(String[] consultations, String[] involvements, String... people) {
    return new ServiceActivity().build(inputs(
        "initial_consultation", conformed("initial_consultation", IC, consultations),
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "person", conformed("person", PEOPLE, people)));
  }

  @Test
  void figuresOfEachFy() {
    String[] consultations = {
      "F1|C1|C|2024-03-31 23:59:00|true",  // 2023-24
      "F2|C1|C|2024-04-01 00:00:00|false", // 2024-25, not accepted: still a consultation
      "F3|C2|C|2024-05-01 10:00:00|true",
      "F4|C2|C|2024-06-01 10:00:00|true",  // C2 twice: one child
      "F5|C3|D|2024-05-01 10:00:00|true",  // draft: not counted
      "F6|C4|C|2025-04-01 10:00:00|true",  // after A: not counted
    };
    String[] involvements = {
      "I1|C1|2023-10-01|2024-04-01",  // overlaps 2023-24 and 2024-25; ends on 1 April 2024
      "I2|C2|2024-05-01|",            // open
      "I3|C3|2024-07-01|2024-09-30",
      "I4|C3|2024-10-01|2025-06-01",  // ends after A: not ended
      "I5|C5|2022-06-01|2022-08-01",  // 2022-23 only
    };
    String[] people = {
      "C1|Male|2014-04-01",    // 9 on 2023-10-01
      "C2|Female|2010-05-02",  // 13 on 2024-05-01 (birthday tomorrow)
      "C3|Other|2010-07-01",   // 14 on 2024-07-01 (birthday on d)
      "C5|Unknown|2012-01-01", // 10 on 2022-06-01
    };
    // Month ends: Oct 2023-Mar 2024 C1 open (1); Apr 2024 C1 ended on 1 Apr: May C2, Jul-Sep C2+C3 = 2.
    assertRows(build(consultations, involvements, people), COLUMNS,
        "2022-23|0|1|1|1|1|0|0|0|10.0",
        "2023-24|1|1|1|0|1|1|0|0|9.0",
        "2024-25|2|3|3|2|2|1|1|1|13.5");
  }

  @Test
  void aChildWithoutPersonRecordCountsButHasNoGenderNorAge() {
    assertRows(build(new String[] {}, new String[] {"I1|C9|2024-06-01|"}), COLUMNS,
        "2024-25|0|1|1|0|1|0|0|0|");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,children_initial_consultation:bigint,children_intervention:bigint,"
            + "involvements_started:bigint,involvements_ended:bigint,max_open_month_end:bigint,male:bigint,"
            + "female:bigint,other_gender:bigint,mean_age_at_start:double",
        types(build(new String[] {}, new String[] {"I1|C9|2024-06-01|"})));
  }
}
