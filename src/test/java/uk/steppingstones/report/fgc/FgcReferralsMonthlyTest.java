package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FgcReferralsMonthlyTest extends FgcTest {
  private static Dataset<Row> build(LocalDate asOf, String... referrals) {
    return new FgcReferralsMonthly().build(inputsAsOf(asOf, "fgc_referral", referrals(referrals)));
  }

  @Test
  void everyMonthFromTheFirstReferralThroughAsOfWithZeros() {
    // A = 15 March 2025: A's month ends at A, so the referral of 16 March does not count.
    assertRows(
        build(LocalDate.of(2025, 3, 15),
            "R1|C1|2024-12-31|||",   // last day of December
            "R2|C2|2025-01-01|||",   // first day of January
            "R3|C3|2025-03-01|||",   // C3 twice in March: 2 referrals, 1 child
            "R4|C3|2025-03-15|||",
            "R5|C4|2025-03-16|||"),  // after A
        "month|referrals|children_referred",
        "2024-12-01|1|1",
        "2025-01-01|1|1",
        "2025-02-01|0|0",            // no referral in February
        "2025-03-01|2|1");
  }

  @Test
  void monthsRunToAsOfEvenWithoutReferrals() {
    Dataset<Row> months = build(LocalDate.of(2025, 1, 10), "R1|C1|2024-11-20|||");
    assertRows(months, "month|referrals|children_referred",
        "2024-11-01|1|1",
        "2024-12-01|0|0",
        "2025-01-01|0|0");
    assertEquals(List.of("2024-11-01", "2024-12-01", "2025-01-01"), column(months, "month"));
  }

  @Test
  void factsAreOneRowPerReferral() {
    var in = inputsAsOf(LocalDate.of(2025, 3, 15), "fgc_referral",
        referrals("R1|C1|2025-03-01||W1|", "R2|C1|2025-03-02|||", "R3|C2|2025-03-16|||"));
    assertRows(FgcReferralsMonthly.facts(in), "referral_id|person_id|workspace_id|referral_date|month",
        "R1|C1|W1|2025-03-01|2025-03-01",
        "R2|C1||2025-03-02|2025-03-01");
  }

  @Test
  void exportTypes() {
    assertEquals("month:date,referrals:bigint,children_referred:bigint",
        types(build(A, "R1|C1|2024-06-01|||")));
  }
}
