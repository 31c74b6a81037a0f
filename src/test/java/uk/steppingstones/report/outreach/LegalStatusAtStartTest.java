package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class LegalStatusAtStartTest extends OutreachTest {
  private static Dataset<Row> build(String[] involvements, String[] episodes, String[] cp, String... cin) {
    return new LegalStatusAtStart().build(inputs(
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "cla_episode", conformed("cla_episode", "episode_id|person_id|start_date|end_date|placement_type", episodes),
        "cp_plan", conformed("cp_plan", PLANS, cp),
        "cin_plan", conformed("cin_plan", PLANS, cin)));
  }

  @Test
  void statusOnTheFirstStartOfTheFyAllFourZeroFilled() {
    String[] involvements = {
      "I1|C1|2024-05-01|",           // CLA from that day
      "I2|C2|2024-05-01|2024-05-10",
      "I3|C2|2024-09-01|",           // C2's later start in the FY is not d
      "I4|C3|2024-06-01|",           // CP plan ended the day before: Assessment
      "I5|C4|2022-07-01|2022-09-01", // 2022-23; nothing starts in 2023-24
    };
    String[] episodes = {"E1|C1|2024-05-01||U1", "E2|C2|2024-08-01||U1"};
    String[] cp = {"P1|C1|2024-01-01|", "P2|C2|2024-04-01|2024-05-01", "P3|C3|2024-01-01|2024-05-31"};
    String[] cin = {"N1|C4|2022-07-01|2022-07-01"};
    assertRows(build(involvements, episodes, cp, cin), "financial_year|legal_status|children|pct",
        "2022-23|CLA|0|0.0", "2022-23|CP|0|0.0", "2022-23|CIN|1|100.0", "2022-23|Assessment|0|0.0",
        "2023-24|CLA|0|0.0", "2023-24|CP|0|0.0", "2023-24|CIN|0|0.0", "2023-24|Assessment|0|0.0",
        "2024-25|CLA|1|33.33", "2024-25|CP|1|33.33", "2024-25|CIN|0|0.0", "2024-25|Assessment|1|33.33");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,legal_status:string,children:bigint,pct:double",
        types(build(new String[] {"I1|C1|2024-05-01|"}, new String[] {}, new String[] {})));
  }
}
