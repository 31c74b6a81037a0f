package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.report.ReportColumns.round2;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code involvement_duration_summary}: per FY of EndDate (EndDate on or before A), the number of
 * involvements that ended and their durations (EndDate - StartDate, days): mean, trimmed mean and
 * exact percentiles.
 *
 * <p>Readings: percentiles interpolate linearly between order statistics at 0-based position
 * {@code p * (n - 1)} of the sorted durations ({@link ExactPercentile}); the trimmed mean is the
 * mean of the durations d with {@code p5 <= d <= p95}, compared with the unrounded p5 and p95.
 * FYs run from the first FY with an ended involvement through FY(A); an FY in that range with no
 * ended involvement has {@code involvements} 0 and null statistics (a mean or percentile of no
 * values does not exist). All statistics are DOUBLE rounded half away from zero to 2 dp.
 */
public final class InvolvementDurationSummary implements ReportTable {
  @Override
  public String name() {
    return "involvement_duration_summary";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of EndDate",
        "How long the involvements that ended lasted. Duration is EndDate − StartDate in days, over involvements "
            + "with an EndDate on or before the as-of date. Percentiles interpolate linearly between the sorted "
            + "durations at position p × (n − 1), counted from 0. All statistics are rounded half away from zero to "
            + "2 decimal places, and empty in a year with no ended involvement. "
            + years("an ended involvement"),
        financialYear("the involvement's EndDate"),
        records("involvements", "Involvements whose EndDate is in the year."),
        value("mean_days", "Mean duration in days."),
        value("trimmed_mean_days", "Mean of the durations d with p5 <= d <= p95 (compared with p5 and p95 before "
            + "rounding)."),
        value("p5", "5th percentile of the durations, in days."),
        value("p25", "25th percentile of the durations, in days."),
        value("median", "Median (50th percentile) of the durations, in days."),
        value("p75", "75th percentile of the durations, in days."),
        value("p95", "95th percentile of the durations, in days."));
  }

  /** The involvements that ended in the year. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(EndedInvolvements.of(in),
        figure("involvements", Detail.INVOLVEMENT, "involvement_id", "end_date", "the involvement's EndDate"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> ended = EndedInvolvements.of(in);
    Dataset<Row> stats =
        ended
            .groupBy("financial_year")
            .agg(
                count(lit(1)).as("involvements"),
                avg(col("duration_days")).as("mean"),
                sort_array(collect_list(col("duration_days"))).as("sorted"))
            .withColumn("p5x", ExactPercentile.of(col("sorted"), 5))
            .withColumn("p95x", ExactPercentile.of(col("sorted"), 95))
            .withColumn(
                "trimmed",
                within(col("sorted"), col("p5x"), col("p95x")));
    Dataset<Row> years = ReportColumns.financialYears(ended, in);
    return years
        .join(stats, years.col("financial_year").equalTo(stats.col("financial_year")), "left")
        .select(
            years.col("financial_year"),
            coalesce(col("involvements"), lit(0L)).as("involvements"),
            round2(col("mean")).as("mean_days"),
            round2(mean(col("trimmed"))).as("trimmed_mean_days"),
            round2(col("p5x")).as("p5"),
            round2(ExactPercentile.of(col("sorted"), 25)).as("p25"),
            round2(ExactPercentile.of(col("sorted"), 50)).as("median"),
            round2(ExactPercentile.of(col("sorted"), 75)).as("p75"),
            round2(col("p95x")).as("p95"))
        .orderBy("financial_year");
  }

  /** The durations d of a sorted array with {@code low <= d <= high}. */
  private static Column within(Column sorted, Column low, Column high) {
    return filter(sorted, d -> d.geq(low).and(d.leq(high)));
  }

  /** The mean of an integer array, as a double; null when empty or null. */
  private static Column mean(Column values) {
    Column sum = aggregate(values, lit(0L), (acc, d) -> acc.plus(d));
    return when(size(values).gt(0), sum.cast("double").divide(size(values)));
  }
}
