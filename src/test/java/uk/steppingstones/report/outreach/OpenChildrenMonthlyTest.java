package uk.steppingstones.report.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class OpenChildrenMonthlyTest extends OutreachTest {
  private static Dataset<Row> build(LocalDate asOf, String... involvements) {
    return new OpenChildrenMonthly().build(
        inputsAsOf(asOf, "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements)));
  }

  @Test
  void childrenOpenOnEachMonthEndFromTheFirstInvolvementToA() {
    assertRows(build(LocalDate.of(2025, 3, 20),
            "I1|C1|2024-11-15|2024-12-31",   // ends on December's last day: open then, not in January
            "I2|C1|2024-12-01|2025-01-10",   // C1 twice in December: one child
            "I3|C2|2025-01-31|",             // starts on January's last day: open
            "I4|C3|2025-03-21|",             // starts after A: left out
            "I5|C4|2025-03-20|2025-04-30"),  // starts on A; ends after A: open at A
        "month|month_end|children_open",
        "2024-11-01|2024-11-30|1",
        "2024-12-01|2024-12-31|1",
        "2025-01-01|2025-01-31|1",
        "2025-02-01|2025-02-28|1",
        "2025-03-01|2025-03-20|2");
  }

  @Test
  void aMonthWithNobodyOpenIsZero() {
    assertRows(build(A, "I1|C1|2025-01-05|2025-01-20", "I2|C2|2025-03-01|2025-03-30"),
        "month|month_end|children_open",
        "2025-01-01|2025-01-31|0",
        "2025-02-01|2025-02-28|0",
        "2025-03-01|2025-03-31|0");
  }

  @Test
  void exportTypes() {
    assertEquals("month:date,month_end:date,children_open:bigint",
        types(build(A, "I1|C1|2025-01-05|")));
  }
}
