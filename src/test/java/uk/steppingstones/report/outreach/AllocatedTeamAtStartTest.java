package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AllocatedTeamAtStartTest extends OutreachTest {
  private static final String ALLOCATIONS = "allocation_id|person_id|team_name|start_date|end_date";

  private static Dataset<Row> build(String[] involvements, String[] allocations, String... groups) {
    return new AllocatedTeamAtStart().build(inputs(
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "team_allocation", conformed("team_allocation", ALLOCATIONS, allocations),
        "team_group", conformed("team_group", "team_name|team_group", groups)));
  }

  @Test
  void teamOnTheFirstStartOfTheFyWithGroupsAndNoZeroRows() {
    String[] involvements = {
      "I1|C1|2024-05-01|", "I2|C2|2024-05-01|", "I3|C3|2024-06-01|", "I4|C4|2024-06-01|",
      "I5|C5|2024-06-01|", "I6|C1|2023-06-01|2023-07-01"};
    String[] allocations = {
      "1|C1|Assessment Team North|2024-01-01|2024-05-01", // ends on d: still open
      "2|C1|Case Management Team South|2024-05-02|",
      "3|C2|Case Management Team South|2024-05-01|",      // starts on d
      "4|C3|Pathways Team|2024-01-01|",                   // not in team_group: Other
      "5|C4|CLA Permanency Team|2024-01-01|",             // team_group spells it in capitals
      "6|C5|Early Help North|2024-06-02|",                // starts after d: Unallocated
      "7|C1|Assessment Team North|2023-01-01|"};
    String[] groups = {
      "Assessment Team North|Assessment", "Case Management Team South|Case Management",
      "CLA PERMANENCY TEAM|CLA Permanency", "Early Help North|Early Help", "Assessment Team South|Assessment"};
    assertRows(build(involvements, allocations, groups), "financial_year|team_name|team_group|children",
        "2023-24|Assessment Team North|Assessment|1",
        "2024-25|Assessment Team North|Assessment|1",
        "2024-25|Case Management Team South|Case Management|1",
        "2024-25|Pathways Team|Other|1",
        "2024-25|CLA Permanency Team|CLA Permanency|1",
        "2024-25|Unallocated|Unallocated|1");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,team_name:string,team_group:string,children:bigint",
        types(build(new String[] {"I1|C1|2024-05-01|"}, new String[] {})));
  }
}
