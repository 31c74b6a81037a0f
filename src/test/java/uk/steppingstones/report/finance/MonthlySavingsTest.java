package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** monthly_savings: 12 zero-filled months per FY, booking months, running totals, targets. */
class MonthlySavingsTest extends FinanceFixtures {
  private static final String COLUMNS =
      "financial_year|month|step_down_amount|avoidance_amount|increased_cost_amount|total_amount"
          + "|running_step_down|running_total|target_amount|running_target|variance";

  private static Dataset<Row> build(FinanceFixtures.Inputs inputs) {
    return new MonthlySavings().build(inputs.build());
  }

  /**
   * A = 2025-03-31.
   *
   * <ul>
   *   <li>F1 step down 15 Jan 2024, actual 5000.00 to HOME: 55000.00 booked Jan 2024 (2023-24) and
   *       205000.00 carried over to April 2024 (77 and 287 days, see ClaimSavingsTest).
   *   <li>F2 avoidance 20 May 2024 of EXTFOST 770.00: 316 days to 31 Mar 2025 (12+30+31+31+30+31+30
   *       +31+31+28+31), 770 * 316 / 7 = 34760.00 in May 2024; 48 days in 2025-26 not reported.
   *   <li>F3 increased cost avoided 3 May 2024, EXTRES 4000.00 - INTFOST 300.00 = 3700.00, 333 days:
   *       3700 * 333 / 7 = 176014.2857.. -> 176014.29 in May 2024.
   *   <li>Targets: Feb 2024 60000.00; every month of 2024-25 10000.00; April 2025 (2025-26, after
   *       FY(A)) is not shown.
   * </ul>
   */
  static FinanceFixtures.Inputs twoYears() {
    return with(claims(
            claim("F1", "P1", "STEPDOWN", "2024-01-15", "EXTRES", "HOME", null),
            claim("F2", "P2", "AVOID", "2024-05-20", null, null, "EXTFOST"),
            claim("F3", "P3", "AVOIDINC", "2024-05-03", "INTFOST", null, "EXTRES")))
        .costs("C1|P1|EXTRES|2023-06-01|2024-01-14|5000.00")
        .targets(
            "2023-24|2024-02-01|60000.00",
            "2024-25|2024-04-01|10000.00",
            "2024-25|2024-05-01|10000.00",
            "2024-25|2024-06-01|10000.00",
            "2024-25|2024-07-01|10000.00",
            "2024-25|2024-08-01|10000.00",
            "2024-25|2024-09-01|10000.00",
            "2024-25|2024-10-01|10000.00",
            "2024-25|2024-11-01|10000.00",
            "2024-25|2024-12-01|10000.00",
            "2024-25|2025-01-01|10000.00",
            "2024-25|2025-02-01|10000.00",
            "2024-25|2025-03-01|10000.00",
            "2025-26|2025-04-01|99999.00");
  }

  @Test
  void columnsAndTypes() {
    assertSchema(
        build(twoYears()),
        "financial_year:string",
        "month:date",
        "step_down_amount:decimal(18,2)",
        "avoidance_amount:decimal(18,2)",
        "increased_cost_amount:decimal(18,2)",
        "total_amount:decimal(18,2)",
        "running_step_down:decimal(18,2)",
        "running_total:decimal(18,2)",
        "target_amount:decimal(18,2)",
        "running_target:decimal(18,2)",
        "variance:decimal(18,2)");
  }

  @Test
  void twelveZeroFilledMonthsPerYearWithRunningTotalsAndVariance() {
    // 2023-24: 55000.00 in January; target 60000.00 in February -> variance -5000.00 from then.
    // 2024-25: running totals restart; April holds the carry-over 205000.00; May 34760.00 +
    //   176014.29 = 210774.29; running target +10000.00 a month; variance = 205000 - running target.
    assertRows(
        build(twoYears()),
        COLUMNS,
        "2023-24|2023-04-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-05-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-06-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-07-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-08-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-09-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-10-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-11-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-12-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2024-01-01|55000.00|0.00|0.00|55000.00|55000.00|55000.00|0.00|0.00|55000.00",
        "2023-24|2024-02-01|0.00|0.00|0.00|0.00|55000.00|55000.00|60000.00|60000.00|-5000.00",
        "2023-24|2024-03-01|0.00|0.00|0.00|0.00|55000.00|55000.00|0.00|60000.00|-5000.00",
        "2024-25|2024-04-01|205000.00|0.00|0.00|205000.00|205000.00|205000.00|10000.00|10000.00|195000.00",
        "2024-25|2024-05-01|0.00|34760.00|176014.29|210774.29|205000.00|415774.29|10000.00|20000.00|185000.00",
        "2024-25|2024-06-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|30000.00|175000.00",
        "2024-25|2024-07-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|40000.00|165000.00",
        "2024-25|2024-08-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|50000.00|155000.00",
        "2024-25|2024-09-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|60000.00|145000.00",
        "2024-25|2024-10-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|70000.00|135000.00",
        "2024-25|2024-11-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|80000.00|125000.00",
        "2024-25|2024-12-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|90000.00|115000.00",
        "2024-25|2025-01-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|100000.00|105000.00",
        "2024-25|2025-02-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|110000.00|95000.00",
        "2024-25|2025-03-01|0.00|0.00|0.00|0.00|205000.00|415774.29|10000.00|120000.00|85000.00");
  }

  @Test
  void amountsAreRoundedPerClaimThenSummed() {
    // Two avoidances on 1 Mar 2025 at 1000.03 a week, 31 days each: 4428.704.. -> 4428.70 each,
    // 8857.40 in March (rounding the sum 8857.4085.. would give 8857.41).
    var in =
        with(claims(
                claim("R1", "P1", "AVOID", "2025-03-01", null, null, "SUPPACC"),
                claim("R2", "P2", "AVOID", "2025-03-01", null, null, "SUPPACC")))
            .units("2024-25|SUPPACC|1000.03|true");
    Dataset<Row> monthly = build(in);
    assertEquals(12, monthly.count());
    assertRows(
        monthly.filter(col("month").equalTo(java.sql.Date.valueOf("2025-03-01"))),
        COLUMNS,
        "2024-25|2025-03-01|0.00|8857.40|0.00|8857.40|0.00|8857.40|0.00|0.00|0.00");
  }

  @Test
  void targetsAloneStartTheYearsAndNothingMeansNoRows() {
    // Only a target in June 2023: 2023-24 and 2024-25, 24 rows; FY(A) = 2024-25 all zero.
    Dataset<Row> monthly = build(with(claims()).targets("2023-24|2023-06-01|123.45"));
    assertEquals(24, monthly.count());
    assertRows(
        monthly.filter(col("month").isin(java.sql.Date.valueOf("2023-05-01"), java.sql.Date.valueOf("2023-06-01"),
            java.sql.Date.valueOf("2024-03-01"), java.sql.Date.valueOf("2025-03-01"))),
        COLUMNS,
        "2023-24|2023-05-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00",
        "2023-24|2023-06-01|0.00|0.00|0.00|0.00|0.00|0.00|123.45|123.45|-123.45",
        "2023-24|2024-03-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|123.45|-123.45",
        "2024-25|2025-03-01|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00|0.00");
    assertEquals(0, build(with(claims())).count());
  }
}
