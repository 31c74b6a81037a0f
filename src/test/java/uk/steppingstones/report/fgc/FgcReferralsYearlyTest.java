package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FgcReferralsYearlyTest extends FgcTest {
  private static Dataset<Row> build(String... referrals) {
    return new FgcReferralsYearly().build(inputs("fgc_referral", referrals(referrals)));
  }

  @Test
  void childrenReferredAtLeastOnceInTheFy() {
    assertRows(
        build(
            "R1|C1|2023-03-31|||",   // 31 March: 2022-23
            "R2|C1|2023-04-01|||",   // 1 April: 2023-24, C1 counts in both FYs
            "R3|C2|2023-05-01|||",   // C2 twice in 2023-24: one child
            "R4|C2|2024-02-01|||",
            "R5|C3|2025-04-01|||"),  // after A (31 March 2025)
        "financial_year|referrals|children_referred",
        "2022-23|1|1",
        "2023-24|3|2",
        "2024-25|0|0");              // FY(A) present, zeros
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,referrals:bigint,children_referred:bigint",
        types(build("R1|C1|2024-06-01|||")));
  }
}
