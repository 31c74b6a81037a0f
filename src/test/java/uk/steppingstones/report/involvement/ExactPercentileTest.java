package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;

class ExactPercentileTest extends SparkTest {
  private static BigDecimal percentile(String sortedCsv, int percent) {
    Row r = spark.range(1)
        .select(ExactPercentile.of(expr("array(" + sortedCsv + ")").cast("array<int>"), percent).as("v"))
        .first();
    return r.isNullAt(0) ? null : r.getDecimal(0);
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void positionOnAnOrderStatisticTakesIt() {
    // 21 values 0, 10, ..., 200: p5 at 0.05*20 = 1 exactly, p95 at 19 exactly.
    String values = "0,10,20,30,40,50,60,70,80,90,100,110,120,130,140,150,160,170,180,190,200";
    assertDecimal("10", percentile(values, 5));
    assertDecimal("190", percentile(values, 95));
    assertDecimal("100", percentile(values, 50));
    assertDecimal("0", percentile(values, 0));
    assertDecimal("200", percentile(values, 100));
  }

  @Test
  void interpolatesBetweenOrderStatistics() {
    // n - 1 = 3: p25 at 0.75 between 1 and 5 = 4; median at 1.5 between 5 and 6 = 5.5.
    assertDecimal("4", percentile("1,5,6,100", 25));
    assertDecimal("5.5", percentile("1,5,6,100", 50));
    // p95 at 2.85 between 6 and 100 = 6 + 0.85*94 = 85.9.
    assertDecimal("85.9", percentile("1,5,6,100", 95));
  }

  @Test
  void emptyIsNull() {
    assertEquals(null, percentile("", 50));
  }
}
