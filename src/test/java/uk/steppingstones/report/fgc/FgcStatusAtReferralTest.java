package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportInputs;

class FgcStatusAtReferralTest extends FgcTest {
  private static final String[] REFERRALS = {
    "R0|C0|2022-06-01|||",                    // no workspace: 2022-23 has no counted child, no rows
    "R7|C7|2024-03-31||W7|2024-04-02",        // 31 March: 2023-24, on a CP plan
    "R1|C1|2024-05-01||W1|2024-05-03",        // looked after and on a CP plan: CLA beats CP
    "R2|C2|2024-06-01||W2|2024-06-01",        // CP ended the day before, CIN starts that day: CIN
    "R3|C3|2024-07-01||W3|",                  // CP ends that day: CPP (no opened date, the id counts)
    "R4|C4|2024-08-01||W4|2024-08-10",        // nothing open: Other
    "R5a|C5|2024-09-01|||",                   // no workspace, on a CP plan: does not decide
    "R5b|C5|2024-10-01||W5|2024-10-05",       // the earliest workspace referral in the FY: Other
    "R5c|C5|2024-11-01||W6|2024-11-02",       // later, looked after by then: ignored
    "R6|C6|2024-05-01|||",                    // no workspace: not counted at all
    "R8|C8|2025-04-01||W8|2025-04-01",        // after A
    "R9|C9|2025-03-30||W9|2025-04-02",        // workspace opened after A: the WorkspaceID counts
  };
  private static final String[] EPISODES = {
    "E1|C1|2024-01-01||U1",
    "E5|C5|2024-11-01||U1",
  };
  private static final String[] CP = {
    "P7|C7|2024-01-01|",
    "P1|C1|2024-02-01|",
    "P2|C2|2024-01-01|2024-05-31",
    "P3|C3|2024-03-01|2024-07-01",
    "P5|C5|2024-08-01|2024-09-30",
    "P6|C6|2024-01-01|",
  };
  private static final String[] CIN = {
    "N2|C2|2024-06-01|",
  };

  private static ReportInputs in() {
    return inputs(
        "fgc_referral", referrals(REFERRALS),
        "cla_episode", conformed("cla_episode", FgcTest.EPISODES, EPISODES),
        "cp_plan", conformed("cp_plan", PLANS, CP),
        "cin_plan", conformed("cin_plan", PLANS, CIN));
  }

  @Test
  void legalStatusOnTheEarliestWorkspaceReferralOfTheFy() {
    Dataset<Row> table = new FgcStatusAtReferral().build(in());
    assertRows(table, "financial_year|status|children",
        "2023-24|CLA|0",
        "2023-24|CPP|1",
        "2023-24|CIN|0",
        "2023-24|Other|0",
        "2024-25|CLA|1",
        "2024-25|CPP|1",
        "2024-25|CIN|1",
        "2024-25|Other|3");
    assertEquals(List.of("CLA", "CPP", "CIN", "Other", "CLA", "CPP", "CIN", "Other"), column(table, "status"));
  }

  @Test
  void factsNameTheDecidingReferral() {
    assertRows(FgcStatusAtReferral.facts(in()),
        "referral_id|person_id|workspace_id|referral_date|financial_year|status",
        "R7|C7|W7|2024-03-31|2023-24|CPP",
        "R1|C1|W1|2024-05-01|2024-25|CLA",
        "R2|C2|W2|2024-06-01|2024-25|CIN",
        "R3|C3|W3|2024-07-01|2024-25|CPP",
        "R4|C4|W4|2024-08-01|2024-25|Other",
        "R5b|C5|W5|2024-10-01|2024-25|Other",
        "R9|C9|W9|2025-03-30|2024-25|Other");
  }

  @Test
  void aChildCountsInEachFyOfAWorkspaceReferral() {
    // C1 is on a CIN plan throughout: counted in 2023-24 and in 2024-25 (nothing else in 2024-25).
    Dataset<Row> table = new FgcStatusAtReferral().build(inputs(
        "fgc_referral", referrals("R1|C1|2024-01-10||W1|", "R2|C1|2024-04-10||W2|"),
        "cin_plan", conformed("cin_plan", PLANS, "N1|C1|2023-01-01|")));
    assertRows(table, "financial_year|status|children",
        "2023-24|CLA|0", "2023-24|CPP|0", "2023-24|CIN|1", "2023-24|Other|0",
        "2024-25|CLA|0", "2024-25|CPP|0", "2024-25|CIN|1", "2024-25|Other|0");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,status:string,children:bigint",
        types(new FgcStatusAtReferral().build(inputs("fgc_referral", referrals("R1|C1|2024-06-01||W1|")))));
  }
}
