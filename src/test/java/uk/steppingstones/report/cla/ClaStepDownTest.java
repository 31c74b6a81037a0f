package uk.steppingstones.report.cla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ClaStepDownTest extends ClaTest {
  private static Dataset<Row> build(Dataset<Row> people, String[] episodes, String... involvements) {
    return new ClaStepDown().build(inputs(
        "cla_episode", conformed("cla_episode", EPISODES, episodes),
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "person", people));
  }

  @Test
  void withSsIsAnInvolvementOpenOnTheFirstEventInTheFy() {
    String[] episodes = {
      "E1|C1|2024-01-01|2024-06-30|U1",  // ceased; involvement ends that day: open
      "E2|C2|2024-01-01|2024-07-31|U1",  // ceased; involvement ended the day before: not open
      "E3|C3|2024-01-01|2024-05-01|U1",  // move to P1 on 1 May (first event), ceased 1 Oct
      "E4|C3|2024-05-01|2024-10-01|P1",
      "E5|C4|2022-05-01|2022-09-01|U1",  // 2022-23 only
    };
    Dataset<Row> people = conformed("person", PEOPLE,
        "C1|2015-01-01|", "C2|2015-01-01|", "C3|2015-01-01|", "C4|2015-01-01|");
    assertRows(
        build(people, episodes,
            "I1|C1|2024-03-01|2024-06-30",
            "I2|C2|2024-03-01|2024-07-30",
            "I3|C3|2024-09-01|"),
        "financial_year|children_stepped_down|with_ss|pct",
        "2022-23|1|0|0.0",
        "2023-24|0|0|0.0",
        "2024-25|3|1|33.33");
  }

  @Test
  void eventsFrom18thBirthdayCutOffDoNotCount() {
    // C1's cut-off is 20 Sep 2024: its ceasing then does not count; C2 ceases the day before.
    Dataset<Row> people = conformed("person", PEOPLE, "C1|2006-10-20|", "C2|2006-10-20|");
    String[] episodes = {"E1|C1|2024-01-01|2024-09-20|U1", "E2|C2|2024-01-01|2024-09-19|U1"};
    assertRows(build(people, episodes),
        "financial_year|children_stepped_down|with_ss|pct",
        "2024-25|1|0|0.0");
  }

  @Test
  void exportTypes() {
    Dataset<Row> people = conformed("person", PEOPLE, "C1|2015-01-01|");
    assertEquals("financial_year:string,children_stepped_down:bigint,with_ss:bigint,pct:double",
        types(build(people, new String[] {"E1|C1|2024-01-01|2024-06-30|U1"})));
  }
}
