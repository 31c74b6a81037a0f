package uk.steppingstones.report.finance;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** headline_summary: children by type, amounts booked in the FY, target and target_met. */
class HeadlineSummaryTest extends FinanceFixtures {
  private static final String COLUMNS =
      "financial_year|children_avoided|children_increased_cost_avoided|children_stepped_down|step_down_savings"
          + "|avoidance|increased_cost_avoidance|combined_total|target_total|target_met"
          + "|children_stepped_down_incl_carry_over";

  private static Dataset<Row> build(FinanceFixtures.Inputs inputs) {
    return new HeadlineSummary().build(inputs.build());
  }

  @Test
  void columnsAndTypes() {
    assertSchema(
        build(MonthlySavingsTest.twoYears()),
        "financial_year:string",
        "children_avoided:bigint",
        "children_increased_cost_avoided:bigint",
        "children_stepped_down:bigint",
        "step_down_savings:decimal(18,2)",
        "avoidance:decimal(18,2)",
        "increased_cost_avoidance:decimal(18,2)",
        "combined_total:decimal(18,2)",
        "target_total:decimal(18,2)",
        "target_met:boolean",
        "children_stepped_down_incl_carry_over:bigint");
  }

  @Test
  void childrenCountEventDatesAmountsIncludeCarryOver() {
    // The data of MonthlySavingsTest.twoYears():
    // 2023-24: P1 stepped down (55000.00); target 60000.00 -> not met.
    // 2024-25: P1's carry-over 205000.00 counts in step_down_savings but P1 is not a child
    //   stepped down in 2024-25 (claimed in 2023-24, not even in the extra column); P2 avoided (34760.00),
    //   P3 increased cost avoided (176014.29); combined 415774.29; target 12 x 10000.00 =
    //   120000.00 <= 205000.00 -> met.
    assertRows(
        build(MonthlySavingsTest.twoYears()),
        COLUMNS,
        "2023-24|0|0|1|55000.00|0.00|0.00|55000.00|60000.00|false|1",
        "2024-25|1|1|0|205000.00|34760.00|176014.29|415774.29|120000.00|true|0");
  }

  @Test
  void aStepDownClaimedInTheNextYearCountsThereAmongTheChildrenSteppingDown() {
    // Three step downs in March 2024: F1 claimed on the day, F2 claimed on 2 April 2024 (the new
    // year), F3 claimed on 31 March 2024 23:59 (still the old year). F4 steps down in the new year.
    // Each window runs into 2024-25; only F2's child counts there in the extra column, and
    // children_stepped_down counts EventDates only.
    var in =
        with(claims(
            claim("F1", "P1", "STEPDOWN", "2024-03-10", "EXTRES", "HOME", null),
            "F2|P2|C|2024-04-02 09:00:00|STEPDOWN|2024-03-20|EXTRES|HOME|",
            "F3|P3|C|2024-03-31 23:59:00|STEPDOWN|2024-03-25|EXTRES|HOME|",
            claim("F4", "P4", "STEPDOWN", "2024-05-01", "INTRES", "HOME", null)));
    assertRows(
        build(in).select("financial_year", "children_stepped_down", "children_stepped_down_incl_carry_over"),
        "financial_year|children_stepped_down|children_stepped_down_incl_carry_over",
        "2023-24|3|3",
        "2024-25|1|2");
  }

  @Test
  void targetMetWhenStepDownSavingsReachTheTarget() {
    // Step down 1 Apr 2024 EXTFOST (770.00) to HOME: 364 days = 52 weeks, 40040.00, all 2024-25.
    // Avoidance is not set against the target: AVOID 1 Apr 2024 of EXTRES (4000 * 52 = 208000.00).
    var claims =
        claims(
            claim("F1", "P1", "STEPDOWN", "2024-04-01", "EXTFOST", "HOME", null),
            claim("F2", "P2", "AVOID", "2024-04-01", null, null, "EXTRES"));
    assertRows(
        build(with(claims).targets("2024-25|2024-04-01|40040.00")),
        COLUMNS,
        "2024-25|1|0|1|40040.00|208000.00|0.00|248040.00|40040.00|true|1");
    assertRows(
        build(with(claims).targets("2024-25|2024-04-01|40000.00", "2024-25|2024-09-01|40.01")),
        COLUMNS,
        "2024-25|1|0|1|40040.00|208000.00|0.00|248040.00|40040.01|false|1");
  }

  @Test
  void everyYearFromTheFirstClaimPartThroughTheAsOfYear() {
    // Avoidance 1 Jun 2022 of EXTFOST at 2022-23's 700.00. 2022-23: 1 Jun..31 Mar 2023 = 304 days
    // (30+31+31+30+31+30+31+31+28+31), 700 * 304 / 7 = 30400.00. 2023-24: the other 60 days,
    // 700 * 60 / 7 = 6000.00, a carry-over (P1 is not a child avoided in 2023-24). 2024-25: nothing,
    // still a row. No targets: 0.00, and 0.00 >= 0.00 reads as met.
    var in =
        with(claims(claim("F1", "P1", "AVOID", "2022-06-01", null, null, "EXTFOST")))
            .units("2022-23|EXTFOST|700.00|true");
    assertRows(
        build(in),
        COLUMNS,
        "2022-23|1|0|0|0.00|30400.00|0.00|30400.00|0.00|true|0",
        "2023-24|0|0|0|0.00|6000.00|0.00|6000.00|0.00|true|0",
        "2024-25|0|0|0|0.00|0.00|0.00|0.00|0.00|true|0");
  }

  @Test
  void claimsWithoutMoneyAndRateZeroClaimsStillCountTheirChildren() {
    // P1 steps down from INTRES (does not count: 0.00); P2's step down lacks PlacementTo (no money);
    // P3 has two avoidances (distinct children: 1), one a duplicate of the other (kept once).
    var in =
        with(claims(
            claim("F1", "P1", "STEPDOWN", "2024-06-10", "INTRES", "HOME", null),
            claim("F2", "P2", "STEPDOWN", "2024-06-10", "EXTRES", null, null),
            claim("F3", "P3", "AVOID", "2024-06-10", null, null, "EXTFOST"),
            claim("F4", "P3", "AVOID", "2024-07-10", null, null, "EXTFOST"),
            "F5|P3|C|2024-07-11 12:00:00|AVOID|2024-07-10|||EXTFOST"));
    // P3: 770 * 295 / 7 = 32450.00 (10 Jun) and 770 * 265 / 7 = 29150.00 (10 Jul..31 Mar: 265
    // days) = 61600.00; the duplicate F5 adds nothing.
    assertRows(
        build(in),
        COLUMNS,
        "2024-25|1|0|2|0.00|61600.00|0.00|61600.00|0.00|true|2");
  }
}
