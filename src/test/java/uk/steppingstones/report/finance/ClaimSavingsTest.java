package uk.steppingstones.report.finance;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * claim_savings, rule by rule. Unless said otherwise A = 2025-03-31 and an event on 2024-06-10 has
 * 295 days in 2024-25 (10 June..31 March = 21+31+31+30+31+30+31+31+28+31) and the other 69 in
 * 2025-26, after FY(A), so not reported.
 */
class ClaimSavingsTest extends FinanceFixtures {
  private static final String COLUMNS =
      "form_id|child_key|claim_type|event_date|placement_category|weekly_rate|financial_year|days_in_fy|amount|booked_month|is_carry_over|issue";

  private static Dataset<Row> build(FinanceFixtures.Inputs inputs) {
    return new ClaimSavings().build(inputs.build());
  }

  @Test
  void columnsAndTypes() {
    assertSchema(
        build(with(claims(claim("F1", "P1", "AVOID", "2024-06-10", null, null, "EXTRES")))),
        "form_id:string",
        "child_key:string",
        "claim_type:string",
        "event_date:date",
        "placement_category:string",
        "weekly_rate:decimal(18,2)",
        "financial_year:string",
        "days_in_fy:bigint",
        "amount:decimal(18,2)",
        "booked_month:date",
        "is_carry_over:boolean",
        "issue:string");
  }

  @Test
  void windowSplitsAtTheFinancialYearBoundaryWithCarryOver() {
    // Step down 15 Jan 2024, EXTRES actual 5000.00 open on 14 Jan, to HOME (0): rate 5000.00.
    // Window 15 Jan 2024 .. 12 Jan 2025 (364 days).
    // 2023-24: 15 Jan..31 Mar 2024 = 17 + 29 (leap Feb) + 31 = 77 days; 5000 * 77 / 7 = 55000.00,
    //   booked January 2024.
    // 2024-25: 1 Apr 2024..12 Jan 2025 = 287 days; 5000 * 287 / 7 = 205000.00, booked April 2024,
    //   carry-over.
    var in =
        with(claims(claim("F1", "P1", "STEPDOWN", "2024-01-15", "EXTRES", "HOME", null)))
            .costs("C1|P1|EXTRES|2023-06-01|2024-01-14|5000.00");
    assertRows(
        build(in),
        COLUMNS,
        "F1|" + key("P1") + "|Step Down|2024-01-15|External Residential|5000.00|2023-24|77|55000.00|2024-01-01|false|",
        "F1|" + key("P1") + "|Step Down|2024-01-15|External Residential|5000.00|2024-25|287|205000.00|2024-04-01|true|");
  }

  @Test
  void marchEventsAndPartsAfterTheAsOfYearAreNotReported() {
    // F2: avoidance on 31 Mar 2024, EXTFOST unit cost of FY(EventDate) = 2023-24: 700.00, used for
    //   the 2024-25 part as well (not 2024-25's 770.00).
    //   2023-24: 1 day, 700 * 1 / 7 = 100.00 in March 2024; 2024-25: 363 days, 700 * 363 / 7 =
    //   36300.00, carry-over in April 2024.
    // F3: avoidance on 1 Mar 2025, EXTFOST 2024-25: 770.00. 2024-25: 31 days, 770 * 31 / 7 =
    //   3410.00 in March 2025; the 333 days in 2025-26 are after FY(A): no row.
    // F4: increased cost avoided on 1 Apr 2024: the whole window is in 2024-25 (364 days = 52
    //   weeks). From INTFOST unit 300.00, Avoided EXTRES unit 4000.00: rate 3700.00,
    //   3700 * 52 = 192400.00.
    var in =
        with(claims(
            claim("F2", "P2", "AVOID", "2024-03-31", null, null, "EXTFOST"),
            claim("F3", "P3", "AVOID", "2025-03-01", null, null, "EXTFOST"),
            claim("F4", "P4", "AVOIDINC", "2024-04-01", "INTFOST", null, "EXTRES")));
    assertRows(
        build(in),
        COLUMNS,
        "F2|" + key("P2") + "|Cost Avoidance|2024-03-31|External Fostering|700.00|2023-24|1|100.00|2024-03-01|false|",
        "F2|" + key("P2") + "|Cost Avoidance|2024-03-31|External Fostering|700.00|2024-25|363|36300.00|2024-04-01|true|",
        "F3|" + key("P3") + "|Cost Avoidance|2025-03-01|External Fostering|770.00|2024-25|31|3410.00|2025-03-01|false|",
        "F4|" + key("P4") + "|Avoidance of Increased Cost|2024-04-01|External Residential|3700.00|2024-25|364|192400.00|2024-04-01|false|");
  }

  @Test
  void aCarryOverPartIsReportedOnceTheAsOfDateReachesItsYear() {
    // Same F3 as above, but A = 2025-04-30: 2025-26 is now FY(A), its 333 days are reported,
    // 770 * 333 / 7 = 36630.00, carry-over booked April 2025.
    var in =
        with(claims(claim("F3", "P3", "AVOID", "2025-03-01", null, null, "EXTFOST")))
            .asOf(LocalDate.of(2025, 4, 30));
    assertRows(
        build(in),
        COLUMNS,
        "F3|" + key("P3") + "|Cost Avoidance|2025-03-01|External Fostering|770.00|2024-25|31|3410.00|2025-03-01|false|",
        "F3|" + key("P3") + "|Cost Avoidance|2025-03-01|External Fostering|770.00|2025-26|333|36630.00|2025-04-01|true|");
  }

  @Test
  void amountsRoundHalfUpToPenniesInDecimal() {
    // 31 days in 2024-25 (1..31 March 2025). Dividing by 7 leaves sevenths of a penny, so the
    // cases nearest to half a penny are 3/7 (down) and 4/7 (up):
    // R1: 1000.03 * 31 / 7 = 31000.93 / 7 = 4428.704285.. -> 4428.70 (3/7 of a penny, down)
    // R2: 1000.01 * 31 / 7 = 31000.31 / 7 = 4428.615714.. -> 4428.62 (4/7 of a penny, up;
    //     truncating would give 4428.61)
    // R3: 0.01 * 31 / 7 = 0.044285.. -> 0.04; R4: 0.02 * 31 / 7 = 0.088571.. -> 0.09
    var in =
        with(claims(
                claim("R1", "P1", "AVOID", "2025-03-01", null, null, "SUPPACC"),
                claim("R2", "P2", "AVOID", "2025-03-01", null, null, "PACRES"),
                claim("R3", "P3", "AVOID", "2025-03-01", null, null, "EXTRES"),
                claim("R4", "P4", "AVOID", "2025-03-01", null, null, "INTFOST")))
            .units(
                "2024-25|SUPPACC|1000.03|true",
                "2024-25|PACRES|1000.01|true",
                "2024-25|EXTRES|0.01|true",
                "2024-25|INTFOST|0.02|true");
    assertRows(
        build(in),
        "form_id|weekly_rate|days_in_fy|amount",
        "R1|1000.03|31|4428.70",
        "R2|1000.01|31|4428.62",
        "R3|0.01|31|0.04",
        "R4|0.02|31|0.09");
  }

  @Test
  void actualCostOpenOnTheRightDayThenUnitCost() {
    // Event 10 Jun 2024, 295 days in 2024-25.
    // F5: From EXTRES actual 4200.00 open on 9 Jun (C10 ends that day; C11 starts on the event day
    //   so it is not the vacated placement); To INTFOST actual 350.00 open on 10 Jun (C12).
    //   Rate 4200 - 350 = 3850.00; 3850 * 295 / 7 = 162250.00.
    // F6: From EXTRES: C20 ended 31 May, not open on 9 Jun -> unit 4000.00; To EXTFOST no actual
    //   -> unit 770.00. Rate 3230.00; 3230 * 295 / 7 = 136121.428.. -> 136121.43.
    // F9: AVOIDINC, From INTFOST actual 320.00 open on the event day (C40 ends on it); Avoided
    //   EXTRES always unit 4000.00 (C41's actual 9000.00 is ignored). Rate 3680.00;
    //   3680 * 295 / 7 = 155085.714.. -> 155085.71.
    // F10: AVOIDINC, no actual -> From INTFOST unit 300.00. Rate 3700.00; -> 155928.57.
    // F11: AVOIDINC, From INTFOST actual C50 started the day after the event: not open -> unit
    //   300.00, same 155928.57.
    var in =
        with(claims(
                claim("F5", "P5", "STEPDOWN", "2024-06-10", "EXTRES", "INTFOST", null),
                claim("F6", "P6", "STEPDOWN", "2024-06-10", "EXTRES", "EXTFOST", null),
                claim("F9", "P9", "AVOIDINC", "2024-06-10", "INTFOST", null, "EXTRES"),
                claim("F10", "P10", "AVOIDINC", "2024-06-10", "INTFOST", null, "EXTRES"),
                claim("F11", "P11", "AVOIDINC", "2024-06-10", "INTFOST", null, "EXTRES")))
            .costs(
                "C10|P5|EXTRES|2023-01-01|2024-06-09|4200.00",
                "C11|P5|EXTRES|2024-06-10||9999.00",
                "C12|P5|INTFOST|2024-06-10||350.00",
                "C20|P6|EXTRES|2024-01-01|2024-05-31|5000.00",
                "C40|P9|INTFOST|2024-01-01|2024-06-10|320.00",
                "C41|P9|EXTRES|2024-06-10||9000.00",
                "C50|P11|INTFOST|2024-06-11||10.00");
    assertRows(
        build(in),
        "form_id|claim_type|placement_category|weekly_rate|financial_year|days_in_fy|amount|booked_month|is_carry_over",
        "F5|Step Down|External Residential|3850.00|2024-25|295|162250.00|2024-06-01|false",
        "F6|Step Down|External Residential|3230.00|2024-25|295|136121.43|2024-06-01|false",
        "F9|Avoidance of Increased Cost|External Residential|3680.00|2024-25|295|155085.71|2024-06-01|false",
        "F10|Avoidance of Increased Cost|External Residential|3700.00|2024-25|295|155928.57|2024-06-01|false",
        "F11|Avoidance of Increased Cost|External Residential|3700.00|2024-25|295|155928.57|2024-06-01|false");
  }

  @Test
  void severalOpenCostsTakeTheLatestStartThenTheLargerId() {
    // F7: C30 (from 1 Jan) and C31 (from 1 Feb) both open on 9 Jun: the later start, 5600.00.
    //   To HOME costs 0: 5600 * 295 / 7 = 236000.00.
    // F8: ids 9 and 10 start the same day: 10 is larger as a number (not as text): 6300.00.
    //   To INDEP costs 0: 6300 * 295 / 7 = 265500.00.
    var in =
        with(claims(
                claim("F7", "P7", "STEPDOWN", "2024-06-10", "EXTRES", "HOME", null),
                claim("F8", "P8", "STEPDOWN", "2024-06-10", "EXTRES", "INDEP", null)))
            .costs(
                "C31|P7|EXTRES|2024-02-01||5600.00",
                "C30|P7|EXTRES|2024-01-01||5000.00",
                "9|P8|EXTRES|2024-01-01||6000.00",
                "10|P8|EXTRES|2024-01-01||6300.00",
                "11|P8|EXTFOST|2024-01-01||1.00");
    assertRows(
        build(in),
        "form_id|weekly_rate|amount",
        "F7|5600.00|236000.00",
        "F8|6300.00|265500.00");
  }

  @Test
  void anotherChildsCostIsNotUsed() {
    // P99's EXTRES actual is not P12's: unit 4000.00 - HOME 0 = 4000.00 -> 4000*295/7 = 168571.43.
    var in =
        with(claims(claim("F12", "P12", "STEPDOWN", "2024-06-10", "EXTRES", "HOME", null)))
            .costs("C1|P99|EXTRES|2024-01-01||9000.00");
    assertRows(build(in), "form_id|weekly_rate|amount", "F12|4000.00|168571.43");
  }

  @Test
  void aSavedCategoryThatDoesNotCountForSavingsHasRateZero() {
    // F13: From INTRES (CountsForSavings = No in 2024-25) actual 3500.00 to HOME: rate 0.00.
    // F14: AVOID of INTRES: rate 0.00.
    // F15: From PACRES: no unit_cost row, so it counts; actual 2000.00: 2000 * 295 / 7 =
    //   84285.714.. -> 84285.71.
    // F16: From EXTRES (4000.00) To INTRES (3500.00): only the saved category matters: 500.00,
    //   500 * 295 / 7 = 21071.428.. -> 21071.43.
    var in =
        with(claims(
                claim("F13", "P13", "STEPDOWN", "2024-06-10", "INTRES", "HOME", null),
                claim("F14", "P14", "AVOID", "2024-06-10", null, null, "INTRES"),
                claim("F15", "P15", "STEPDOWN", "2024-06-10", "PACRES", "HOME", null),
                claim("F16", "P16", "STEPDOWN", "2024-06-10", "EXTRES", "INTRES", null)))
            .costs("C1|P13|INTRES|2024-01-01||3500.00", "C2|P15|PACRES|2024-01-01||2000.00");
    assertRows(
        build(in),
        "form_id|placement_category|weekly_rate|amount|issue",
        "F13|Internal Residential|0.00|0.00|",
        "F14|Internal Residential|0.00|0.00|",
        "F15|Parent and Child Residential|2000.00|84285.71|",
        "F16|External Residential|500.00|21071.43|");
  }

  @Test
  void aNegativeRateIsClampedAtZero() {
    // F17: step down from EXTFOST (770.00) to EXTRES (4000.00): max(0, -3230) = 0.00.
    // F18: AVOIDINC from EXTRES (4000.00) avoiding EXTFOST (770.00): 0.00.
    var in =
        with(claims(
            claim("F17", "P17", "STEPDOWN", "2024-06-10", "EXTFOST", "EXTRES", null),
            claim("F18", "P18", "AVOIDINC", "2024-06-10", "EXTRES", null, "EXTFOST")));
    assertRows(
        build(in),
        "form_id|placement_category|weekly_rate|amount|issue",
        "F17|External Fostering|0.00|0.00|",
        "F18|External Fostering|0.00|0.00|");
  }

  @Test
  void claimsWithoutANeededCategoryOrCostCarryNoMoney() {
    // F19: step down without PlacementTo: saved category known, rate null, amount 0.00.
    // F20: avoidance without PlacementAvoided: placement_category null.
    // F21: avoidance of SUPPACC: no unit_cost row -> no cost found.
    // F22: step down EXTRES -> SUPPACC: To has no actual and no unit cost -> no cost found.
    // F23: AVOIDINC without PlacementFrom: missing category (From is needed).
    var in =
        with(claims(
            claim("F19", "P19", "STEPDOWN", "2024-06-10", "EXTRES", null, null),
            claim("F20", "P20", "AVOID", "2024-06-10", null, null, null),
            claim("F21", "P21", "AVOID", "2024-06-10", null, null, "SUPPACC"),
            claim("F22", "P22", "STEPDOWN", "2024-06-10", "EXTRES", "SUPPACC", null),
            claim("F23", "P23", "AVOIDINC", "2024-06-10", null, null, "EXTRES")));
    assertRows(
        build(in),
        "form_id|claim_type|placement_category|weekly_rate|financial_year|days_in_fy|amount|is_carry_over|issue",
        "F19|Step Down|External Residential||2024-25|295|0.00|false|missing category",
        "F20|Cost Avoidance|||2024-25|295|0.00|false|missing category",
        "F21|Cost Avoidance|Supported Accommodation||2024-25|295|0.00|false|no cost found",
        "F22|Step Down|External Residential||2024-25|295|0.00|false|no cost found",
        "F23|Avoidance of Increased Cost|External Residential||2024-25|295|0.00|false|missing category");
  }

  @Test
  void duplicatesKeepTheEarliestCreatedThenTheSmallerFormId() {
    // Child P30, AVOID of EXTFOST on 10 Jun 2024, three forms: 200 created 12 Jun; 310 and 1000
    // both created 11 Jun 09:00 -> 310 (smaller as a number) is kept. Another claim type on the
    // same day (400, AVOIDINC) is a claim of its own. Rates: 770.00 -> 770 * 295 / 7 = 32450.00;
    // 400: Avoided EXTFOST 770 - From INTFOST 300 = 470.00 -> 470 * 295 / 7 = 19807.142.. ->
    // 19807.14. Not claims: draft 500, an EventDate after A (501), created after A (502), no
    // ClaimType (503), no EventDate (504).
    var in =
        with(claims(
            "200|P30|C|2024-06-12 10:00:00|AVOID|2024-06-10|||EXTFOST",
            "310|P30|C|2024-06-11 09:00:00|AVOID|2024-06-10|||EXTFOST",
            "1000|P30|C|2024-06-11 09:00:00|AVOID|2024-06-10|||EXTFOST",
            "400|P30|C|2024-06-11 09:00:00|AVOIDINC|2024-06-10|INTFOST||EXTFOST",
            "500|P31|D|2024-06-11 09:00:00|AVOID|2024-06-10|||EXTFOST",
            "501|P31|C|2025-03-01 09:00:00|AVOID|2025-04-01|||EXTFOST",
            "502|P31|C|2025-04-01 09:00:00|AVOID|2025-03-01|||EXTFOST",
            "503|P31|C|2024-06-11 09:00:00||2024-06-10|||EXTFOST",
            "504|P31|C|2024-06-11 09:00:00|AVOID||||EXTFOST"));
    assertRows(
        build(in),
        "form_id|child_key|claim_type|weekly_rate|amount",
        "310|" + key("P30") + "|Cost Avoidance|770.00|32450.00",
        "400|" + key("P30") + "|Avoidance of Increased Cost|470.00|19807.14");
  }
}
