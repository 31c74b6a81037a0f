package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FgcReferralsByTeamTest extends FgcTest {
  private static final Dataset<Row> GROUPS = conformed("team_group", TEAM_GROUPS,
      "Assessment Team North|Assessment",
      "CLA PERMANENCY TEAM|Case Management");

  private static Dataset<Row> build(String... referrals) {
    return new FgcReferralsByTeam().build(inputs("fgc_referral", referrals(referrals), "team_group", GROUPS));
  }

  @Test
  void distinctChildrenPerReferringTeamAndFy() {
    assertRows(
        build(
            "R1|C6|2024-03-31|Assessment Team North||",  // 2023-24
            "R2|C1|2024-04-01|Assessment Team North||",  // 2024-25
            "R3|C2|2024-06-01|Assessment Team North||",
            "R4|C1|2024-07-01|Assessment Team North||",  // C1 again: still one child of the team
            "R5|C1|2024-08-01|Edge of Care Hub||",       // ... and one of another team
            "R6|C3|2024-05-01|||",                       // no team: Unknown
            "R7|C4|2024-05-01|Edge of Care Hub||",       // not in team_group: Other
            "R8|C5|2024-05-01|CLA Permanency Team||",    // in team_group in capitals
            "R9|C7|2025-04-01|Mystery Team||"),          // after A: no row
        "financial_year|team_name|team_group|children_referred",
        "2023-24|Assessment Team North|Assessment|1",
        "2024-25|Assessment Team North|Assessment|2",
        "2024-25|Edge of Care Hub|Other|2",
        "2024-25|Unknown|Unknown|1",
        "2024-25|CLA Permanency Team|Case Management|1");
  }

  @Test
  void onlyTeamsWithChildren() {
    // 2023-24 has no referral: no row at all, and no zero rows for the teams of team_group.
    assertRows(build("R1|C1|2022-06-01|Assessment Team North||", "R2|C2|2024-06-01|||"),
        "financial_year|team_name|team_group|children_referred",
        "2022-23|Assessment Team North|Assessment|1",
        "2024-25|Unknown|Unknown|1");
  }

  @Test
  void factsNameTheTeamOfEachReferral() {
    var in = inputs("fgc_referral", referrals("R1|C1|2024-06-01|CLA Permanency Team|W1|2024-06-02"),
        "team_group", GROUPS);
    assertRows(FgcReferralsByTeam.facts(in),
        "referral_id|person_id|workspace_id|referral_date|financial_year|team_name|team_group",
        "R1|C1|W1|2024-06-01|2024-25|CLA Permanency Team|Case Management");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,team_name:string,team_group:string,children_referred:bigint",
        types(build("R1|C1|2024-06-01|Assessment Team North||")));
  }
}
