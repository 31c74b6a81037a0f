package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * Exact percentiles of a sorted array of whole numbers: linear interpolation between the order
 * statistics around position {@code p * (n - 1)} (0-based), as outputs.md asks. The position is
 * computed in integers ({@code (n - 1) * percent / 100} and its remainder), so no floating point
 * error moves it across an order statistic; the interpolated value is computed in decimal.
 * Null for an empty array.
 */
public final class ExactPercentile {
  private ExactPercentile() {}

  /**
   * @param sorted an ascending array of integers (e.g. {@code sort_array(collect_list(d))})
   * @param percent the percentile in whole percent, 0 to 100
   * @return the exact, unrounded percentile as DECIMAL(38,6)
   */
  public static Column of(Column sorted, int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent " + percent);
    }
    Column n = size(sorted);
    Column scaled = n.cast("bigint").minus(1).multiply(percent); // position * 100, exact
    Column remainder = scaled.mod(100); // hundredths of the way to the next statistic
    Column lower = scaled.minus(remainder).divide(100).cast("int"); // 0-based index of the lower statistic
    Column low = element_at(sorted, lower.plus(1)).cast("decimal(38,6)");
    Column high =
        element_at(sorted, lower.plus(when(remainder.gt(0), lit(2)).otherwise(lit(1)))).cast("decimal(38,6)");
    Column value = low.plus(high.minus(low).multiply(remainder.cast("decimal(38,6)")).divide(lit(100)));
    return when(n.gt(0), value.cast("decimal(38,6)"));
  }
}
