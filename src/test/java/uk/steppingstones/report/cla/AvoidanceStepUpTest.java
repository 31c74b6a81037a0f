package uk.steppingstones.report.cla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AvoidanceStepUpTest extends ClaTest {
  private static final String CLAIMS = "form_id|person_id|step_status|created_at|claim_type|event_date";

  private static Dataset<Row> build(String[] claims, String[] episodes, String... people) {
    return new AvoidanceStepUp().build(inputs(
        "target_achievement_claim", conformed("target_achievement_claim", CLAIMS, claims),
        "cla_episode", conformed("cla_episode", EPISODES, episodes),
        "person", conformed("person", PEOPLE, people)));
  }

  @Test
  void steppedUpStrictlyAfterTheEarliestAvoidanceAndFamiliesOnce() {
    String[] claims = {
      "F1|C1|C|2024-05-10|AVOID|2024-05-10",  // E = 10 May (the earliest in the FY)
      "F2|C1|C|2024-06-01|AVOID|2024-06-01",
      "F3|C2|C|2024-07-01|AVOID|2024-07-01",
      "F4|C3|C|2024-09-01|AVOID|2024-09-01",
      "F5|C4|C|2024-10-01|AVOID|2024-10-01",
      "F6|C5|C|2024-11-01|AVOID|2024-11-01",
      "F7|C6|C|2024-11-01|STEPDOWN|2024-11-01",  // not an avoidance
      "F8|C7|D|2024-11-01|AVOID|2024-11-01",      // draft: not a claim
      "F9|C8|C|2022-06-01|AVOID|2022-06-01",      // 2022-23, never looked after
      "F10|C3|C|2022-07-01|AVOID|2022-07-01",     // C3 also avoided in 2022-23
    };
    String[] episodes = {
      "E1|C1|2024-05-20||U1",            // 10 days after E
      "E2|C2|2024-07-01|2024-07-15|U1",  // starts on E: not after
      "E3|C2|2024-08-01||U1",            // 31 days after E
      "E4|C3|2024-09-03||U1",            // 2 days after the 2024-25 E; 795 after the 2022-23 E
      "E5|C4|2024-09-01||U1",            // started before E: not a step up
      "E6|C5|2025-04-05||U1",            // after A: left out
      "E7|C7|2024-12-01||U1",
    };
    String[] people = {
      "C1|2015-01-01|FAM1", "C2|2016-01-01|FAM1", "C3|2014-01-01|", "C4|2014-01-01|",
      "C5|2014-01-01|FAM2", "C7|2014-01-01|", "C8|2014-01-01|",
    };
    // 2024-25: C1..C5 avoided; C1, C2, C3 stepped up; families FAM1 and C3 alone; (10 + 31 + 2) / 3.
    assertRows(build(claims, episodes, people),
        "financial_year|children_avoided|children_stepped_up|families_stepped_up|avg_days_to_cla",
        "2022-23|2|1|1|795.0",
        "2023-24|0|0|0|",
        "2024-25|5|3|2|14.33");
  }

  @Test
  void aPeriodStartingOnEIsNoStepUpButTheDayAfterIs() {
    String[] claims = {"F1|C1|C|2024-05-10|AVOID|2024-05-10", "F2|C2|C|2024-05-10|AVOID|2024-05-10"};
    String[] episodes = {"E1|C1|2024-05-10||U1", "E2|C2|2024-05-11||U1"};
    assertRows(build(claims, episodes, "C1|2015-01-01|", "C2|2015-01-01|"),
        "financial_year|children_avoided|children_stepped_up|families_stepped_up|avg_days_to_cla",
        "2024-25|2|1|1|1.0");
  }

  @Test
  void duplicateClaimsCountTheChildOnce() {
    String[] claims = {"F1|C1|C|2024-05-10|AVOID|2024-05-10", "F2|C1|C|2024-05-11|AVOID|2024-05-10"};
    assertRows(build(claims, new String[] {}, "C1|2015-01-01|"),
        "financial_year|children_avoided|children_stepped_up|families_stepped_up|avg_days_to_cla",
        "2024-25|1|0|0|");
  }

  @Test
  void exportTypes() {
    assertEquals(
        "financial_year:string,children_avoided:bigint,children_stepped_up:bigint,families_stepped_up:bigint,"
            + "avg_days_to_cla:double",
        types(build(new String[] {"F1|C1|C|2024-05-10|AVOID|2024-05-10"}, new String[] {}, "C1|2015-01-01|")));
  }
}
