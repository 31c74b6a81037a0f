package uk.steppingstones.report.finance;

import org.junit.jupiter.api.Test;

/** claim_exceptions: the claims outputs.md says are reported. */
class ClaimExceptionsTest extends FinanceFixtures {
  @Test
  void duplicatesMissingCategoriesMissingCostsAndFormsThatAreNotClaims() {
    var in =
        with(claims(
            // 310 kept (earliest created, then smaller id as a number); 200 and 1000 duplicates.
            "200|P30|C|2024-06-12 10:00:00|AVOID|2024-06-10|||EXTFOST",
            "310|P30|C|2024-06-11 09:00:00|AVOID|2024-06-10|||EXTFOST",
            "1000|P30|C|2024-06-11 09:00:00|AVOID|2024-06-10|||EXTFOST",
            claim("F19", "P19", "STEPDOWN", "2024-06-10", "EXTRES", null, null),
            claim("F20", "P20", "AVOIDINC", "2024-06-10", null, null, null),
            claim("F21", "P21", "AVOID", "2024-06-10", null, null, "SUPPACC"),
            claim("F22", "P22", "STEPDOWN", "2024-06-10", "EXTRES", "SUPPACC", null),
            claim("F23", "P23", "STEPDOWN", "2024-06-10", "EXTRES", "HOME", null),
            "F24|P24|C|2024-06-11 09:00:00||2024-06-10|||EXTFOST",
            "F25|P25|D|2024-06-11 09:00:00||2024-06-10|||EXTFOST",
            "F26|P26|C|2025-03-01 09:00:00|AVOID|2025-04-01|||EXTFOST"));
    assertRows(
        new ClaimExceptions().build(in.build()),
        "form_id|child_key|claim_type|event_date|issue|detail",
        "200|" + key("P30") + "|Cost Avoidance|2024-06-10|duplicate|duplicate of form 310",
        "1000|" + key("P30") + "|Cost Avoidance|2024-06-10|duplicate|duplicate of form 310",
        "F19|" + key("P19") + "|Step Down|2024-06-10|missing category|unanswered: PlacementTo",
        "F20|" + key("P20") + "|Avoidance of Increased Cost|2024-06-10|missing category"
            + "|unanswered: PlacementAvoided, PlacementFrom",
        "F21|" + key("P21") + "|Cost Avoidance|2024-06-10|no cost found"
            + "|no placement_cost or unit_cost: PlacementAvoided SUPPACC",
        "F22|" + key("P22") + "|Step Down|2024-06-10|no cost found|no placement_cost or unit_cost: PlacementTo SUPPACC",
        "F24|" + key("P24") + "||2024-06-10|not a claim|unanswered: ClaimType");
  }
}
