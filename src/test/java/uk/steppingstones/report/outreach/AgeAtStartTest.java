package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AgeAtStartTest extends OutreachTest {
  private static Dataset<Row> build(String[] involvements, String... people) {
    return new AgeAtStart().build(inputs(
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "person", conformed("person", PEOPLE, people)));
  }

  @Test
  void wholeYearsOnTheFirstStartOfTheFyForChildrenWithABirthDate() {
    String[] involvements = {
      "I1|C1|2024-06-01|",  // birthday on d: 14
      "I2|C2|2024-06-01|",  // birthday the day after: 13
      "I3|C3|2024-06-01|",  // no person record: not counted
      "I4|C4|2024-06-01|",  // 14
      "I5|C1|2024-12-01|",  // C1's later start in the FY: not d
      "I6|C1|2024-03-31|"}; // 2023-24: 13
    assertRows(build(involvements, "C1|Male|2010-06-01", "C2|Female|2010-06-02", "C4|Male|2010-01-01"),
        "financial_year|age|children",
        "2023-24|13|1",
        "2024-25|13|1",
        "2024-25|14|2");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,age:bigint,children:bigint",
        types(build(new String[] {"I1|C1|2024-06-01|"}, "C1|Male|2010-06-01")));
  }
}
