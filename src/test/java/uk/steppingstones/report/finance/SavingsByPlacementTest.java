package uk.steppingstones.report.finance;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** savings_by_placement: children by EventDate, carry-over children, amounts booked in the FY. */
class SavingsByPlacementTest extends FinanceFixtures {
  private static final String COLUMNS =
      "financial_year|claim_type|placement_category|children|amount|carry_over_children";

  private static Dataset<Row> build(FinanceFixtures.Inputs inputs) {
    return new SavingsByPlacement().build(inputs.build());
  }

  @Test
  void columnsAndTypes() {
    assertSchema(
        build(with(claims(claim("F1", "P1", "AVOID", "2024-06-10", null, null, "EXTRES")))),
        "financial_year:string",
        "claim_type:string",
        "placement_category:string",
        "children:bigint",
        "amount:decimal(18,2)",
        "carry_over_children:bigint");
  }

  @Test
  void childrenCarryOverChildrenAndAmounts() {
    // P1 step down 15 Jan 2024 from EXTRES (actual 5000.00) to HOME: 2023-24 55000.00 (P1 a child
    //   of 2023-24), 2024-25 205000.00 carry-over (P1 a carry-over child of 2024-25).
    // P2 step down 10 Jun 2024 EXTRES (4000.00) to HOME: 4000 * 295 / 7 = 168571.428.. ->
    //   168571.43; and 1 Sep 2024 EXTRES to INTFOST (300.00): 3700 * 212 / 7 (1 Sep..31 Mar =
    //   30+31+30+31+31+28+31 = 212 days) = 112057.142.. -> 112057.14. One child.
    //   2024-25 External Residential: 205000.00 + 168571.43 + 112057.14 = 485628.57.
    // P3 step down from INTRES (does not count): a child, 0.00.
    // P4 avoidance without PlacementAvoided: a child under a null category, 0.00.
    // P5 avoidance of EXTRES: 168571.43. P6 increased cost avoided, EXTRES 4000 - INTFOST 300 =
    //   3700.00: 3700 * 295 / 7 = 155928.571.. -> 155928.57.
    var in =
        with(claims(
                claim("F1", "P1", "STEPDOWN", "2024-01-15", "EXTRES", "HOME", null),
                claim("F2", "P2", "STEPDOWN", "2024-06-10", "EXTRES", "HOME", null),
                claim("F3", "P2", "STEPDOWN", "2024-09-01", "EXTRES", "INTFOST", null),
                claim("F4", "P3", "STEPDOWN", "2024-06-10", "INTRES", "HOME", null),
                claim("F5", "P4", "AVOID", "2024-06-10", null, null, null),
                claim("F6", "P5", "AVOID", "2024-06-10", null, null, "EXTRES"),
                claim("F7", "P6", "AVOIDINC", "2024-06-10", "INTFOST", null, "EXTRES")))
            .costs("C1|P1|EXTRES|2023-06-01|2024-01-14|5000.00");
    assertRows(
        build(in),
        COLUMNS,
        "2023-24|Step Down|External Residential|1|55000.00|0",
        "2024-25|Step Down|External Residential|1|485628.57|1",
        "2024-25|Step Down|Internal Residential|1|0.00|0",
        "2024-25|Cost Avoidance||1|0.00|0",
        "2024-25|Cost Avoidance|External Residential|1|168571.43|0",
        "2024-25|Avoidance of Increased Cost|External Residential|1|155928.57|0");
  }

  @Test
  void aChildBothNewAndCarriedOverCountsInBothColumns() {
    // P1: avoidance of EXTFOST 1 Mar 2024 (2023-24 700.00): 2023-24 31 days 3100.00; 2024-25 333
    // days carry-over 33300.00. Again 1 Feb 2025 (2024-25 770.00): 59 days (28+31), 770 * 59 / 7 =
    // 6490.00. 2024-25: children 1, carry_over_children 1, amount 39790.00.
    var in =
        with(claims(
            claim("F1", "P1", "AVOID", "2024-03-01", null, null, "EXTFOST"),
            claim("F2", "P1", "AVOID", "2025-02-01", null, null, "EXTFOST")));
    assertRows(
        build(in),
        COLUMNS,
        "2023-24|Cost Avoidance|External Fostering|1|3100.00|0",
        "2024-25|Cost Avoidance|External Fostering|1|39790.00|1");
  }
}
