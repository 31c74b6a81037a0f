package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportInputs;

/**
 * The four finance tables agree with each other on a mixed set of claims over three FYs (carry-overs,
 * March events, a part after FY(A), rate 0, no-money claims, duplicates, targets in two FYs):
 * monthly_savings summed per FY = claim_savings amounts per FY = headline_summary =
 * savings_by_placement; headline children = distinct children of claim_savings by event FY.
 */
class FinanceCrossCheckTest extends FinanceFixtures {
  private static Dataset<Row> claimSavings;
  private static Dataset<Row> monthly;
  private static Dataset<Row> byPlacement;
  private static Dataset<Row> headline;

  @BeforeAll
  static void build() {
    ReportInputs in =
        with(claims(
                claim("F1", "P1", "STEPDOWN", "2024-01-15", "EXTRES", "HOME", null),
                claim("F2", "P2", "AVOID", "2023-03-31", null, null, "EXTFOST"),
                claim("F3", "P3", "AVOIDINC", "2023-10-03", "INTFOST", null, "EXTRES"),
                claim("F4", "P4", "STEPDOWN", "2024-06-10", "INTRES", "HOME", null),
                claim("F5", "P5", "AVOID", "2024-06-10", null, null, null),
                claim("F6", "P6", "AVOID", "2025-03-01", null, null, "EXTFOST"),
                claim("F7", "P1", "AVOID", "2024-11-30", null, null, "EXTRES"),
                claim("F8", "P7", "STEPDOWN", "2024-02-29", "EXTRES", "EXTFOST", null),
                claim("F9", "P8", "STEPDOWN", "2024-08-15", "EXTFOST", "INTFOST", null),
                "F10|P8|C|2024-08-16 09:00:00|STEPDOWN|2024-08-15|EXTFOST|INTFOST|",
                claim("F11", "P9", "AVOIDINC", "2024-12-24", "EXTFOST", null, "PACRES")))
            .units(
                "2022-23|EXTFOST|650.00|true",
                "2023-24|EXTFOST|700.00|true",
                "2023-24|EXTRES|3800.00|true",
                "2023-24|INTFOST|290.00|true",
                "2024-25|EXTRES|4000.00|true",
                "2024-25|EXTFOST|770.00|true",
                "2024-25|INTFOST|300.00|true",
                "2024-25|INTRES|3500.00|false",
                "2024-25|PACRES|2900.33|true")
            .costs("C1|P1|EXTRES|2023-06-01|2024-01-14|5000.00", "C2|P8|EXTFOST|2024-01-01||812.47")
            .targets(
                "2023-24|2023-04-01|20000.00",
                "2023-24|2023-11-01|30000.00",
                "2024-25|2024-04-01|50000.00",
                "2024-25|2024-10-01|100000.00",
                "2024-25|2025-03-01|3333.33")
            .build();
    claimSavings = new ClaimSavings().build(in).cache();
    monthly = new MonthlySavings().build(in).cache();
    byPlacement = new SavingsByPlacement().build(in).cache();
    headline = new HeadlineSummary().build(in).cache();
  }

  private static Column amountOf(String claimType) {
    return sum(when(col("claim_type").equalTo(claimType), col("amount")).otherwise(lit(0))).cast("decimal(18,2)");
  }

  /** The FY totals as headline_summary names them, from claim_savings. */
  private static Dataset<Row> fromClaimSavings() {
    return claimSavings
        .groupBy("financial_year")
        .agg(
            amountOf("Step Down").as("step_down_savings"),
            amountOf("Cost Avoidance").as("avoidance"),
            amountOf("Avoidance of Increased Cost").as("increased_cost_avoidance"),
            sum("amount").cast("decimal(18,2)").as("combined_total"));
  }

  private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    Dataset<Row> a = actual.select(expected.columns()[0], java.util.Arrays.copyOfRange(expected.columns(), 1, expected.columns().length));
    long missing = expected.exceptAll(a).count();
    long extra = a.exceptAll(expected).count();
    assertEquals(0, missing + extra, () -> "expected:\n" + show(expected) + "actual:\n" + show(a));
  }

  @Test
  void theDataExercisesEveryPath() {
    // 2022-23 .. 2024-25, carry-overs, claims without money and rate 0 are all present.
    assertEquals(3, headline.count());
    assertTrue(claimSavings.filter(col("is_carry_over")).count() >= 3);
    assertTrue(claimSavings.filter(col("issue").isNotNull()).count() >= 1);
    assertTrue(claimSavings.filter(col("weekly_rate").equalTo(0)).count() >= 1);
    // the duplicate F10 is not in claim_savings
    assertEquals(0, claimSavings.filter(col("form_id").equalTo("F10")).count());
  }

  @Test
  void monthlyHasTwelveConsecutiveMonthsForEveryHeadlineYear() {
    assertEquals(12 * headline.count(), monthly.count());
    Dataset<Row> perYear =
        monthly
            .groupBy("financial_year")
            .agg(
                countDistinct("month").as("months"),
                min("month").as("first"),
                max("month").as("last"));
    assertSameRows(
        headline.select(
            col("financial_year"),
            lit(12L).as("months"),
            make_date(substring(col("financial_year"), 1, 4).cast("int"), lit(4), lit(1)).as("first"),
            make_date(substring(col("financial_year"), 1, 4).cast("int").plus(1), lit(3), lit(1)).as("last")),
        perYear);
  }

  @Test
  void monthlySumsPerYearEqualClaimSavingsAndHeadline() {
    Dataset<Row> monthlyPerYear =
        monthly
            .groupBy("financial_year")
            .agg(
                sum("step_down_amount").cast("decimal(18,2)").as("step_down_savings"),
                sum("avoidance_amount").cast("decimal(18,2)").as("avoidance"),
                sum("increased_cost_amount").cast("decimal(18,2)").as("increased_cost_avoidance"),
                sum("total_amount").cast("decimal(18,2)").as("combined_total"));
    // claim_savings has no row in a year without claim parts; headline and monthly have zeros.
    Dataset<Row> fromClaims =
        headline.select("financial_year")
            .join(fromClaimSavings(), new scala.collection.immutable.Set.Set1<>("financial_year").toSeq(), "left")
            .na()
            .fill(0);
    assertSameRows(fromClaims, monthlyPerYear);
    assertSameRows(
        fromClaims,
        headline.select("financial_year", "step_down_savings", "avoidance", "increased_cost_avoidance", "combined_total"));
  }

  @Test
  void theMarchRowOfEachYearCarriesTheHeadlineTotals() {
    Dataset<Row> march =
        monthly
            .filter(month(col("month")).equalTo(3))
            .select(
                col("financial_year"),
                col("running_step_down").as("step_down_savings"),
                col("running_total").as("combined_total"),
                col("running_target").as("target_total"),
                col("variance").geq(0).as("target_met"));
    assertSameRows(
        march, headline.select("financial_year", "step_down_savings", "combined_total", "target_total", "target_met"));
  }

  @Test
  void savingsByPlacementAddsUpToTheHeadline() {
    Dataset<Row> perYear =
        byPlacement
            .groupBy("financial_year")
            .agg(
                amountOf("Step Down").as("step_down_savings"),
                amountOf("Cost Avoidance").as("avoidance"),
                amountOf("Avoidance of Increased Cost").as("increased_cost_avoidance"));
    assertSameRows(
        perYear,
        headline
            .filter(col("financial_year").isin(byPlacement.select("financial_year").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList().toArray()))
            .select("financial_year", "step_down_savings", "avoidance", "increased_cost_avoidance"));
  }

  @Test
  void headlineChildrenAreTheDistinctChildrenOfClaimSavingsByEventYear() {
    Column notCarry = not(col("is_carry_over"));
    Dataset<Row> children =
        claimSavings
            .groupBy("financial_year")
            .agg(
                countDistinct(when(notCarry.and(col("claim_type").equalTo("Cost Avoidance")), col("child_key")))
                    .as("children_avoided"),
                countDistinct(
                        when(notCarry.and(col("claim_type").equalTo("Avoidance of Increased Cost")), col("child_key")))
                    .as("children_increased_cost_avoided"),
                countDistinct(when(notCarry.and(col("claim_type").equalTo("Step Down")), col("child_key")))
                    .as("children_stepped_down"));
    assertSameRows(
        children,
        headline.select(
            "financial_year", "children_avoided", "children_increased_cost_avoided", "children_stepped_down"));
  }

  @Test
  void everyReportedWindowHasItsDaysAndNoMore() {
    // Each claim's days over the reported FYs: 364 unless part of the window is after FY(A)
    // (31 Mar 2025): then the days up to 31 Mar 2025.
    Dataset<Row> perClaim = claimSavings.groupBy("form_id", "event_date").agg(sum("days_in_fy").as("days"));
    Column expected =
        least(lit(364L), datediff(lit(java.sql.Date.valueOf("2025-03-31")), col("event_date")).plus(1).cast("bigint"));
    assertEquals(0, perClaim.filter(col("days").notEqual(expected)).count(), () -> show(perClaim));
    // each part is booked in its own FY, and only the event FY's part is not a carry-over
    assertEquals(
        0,
        claimSavings
            .filter(
                not(uk.steppingstones.common.FinancialYear.of(col("booked_month")).equalTo(col("financial_year")))
                    .or(col("is_carry_over").equalTo(uk.steppingstones.common.FinancialYear.of(col("event_date"))
                        .equalTo(col("financial_year")))))
            .count());
  }
}
