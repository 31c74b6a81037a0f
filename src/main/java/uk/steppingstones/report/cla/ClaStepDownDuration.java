package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code cla_step_down_duration}: per FY, duration band and with_ss, the children whose first
 * step-down event in the FY ({@link StepDownEvents#firstInYear}) came that long after the start of
 * its period of care. All ten band x with_ss rows of every FY from the first FY with an event
 * through FY(A) are present.
 *
 * <p>Duration is whole calendar months from the period start s to the event e: a month counts once
 * its day-of-month is reached, i.e. {@code (months between the two months) - 1 if day(e) <
 * day(s)} (the rule of {@code java.time} {@code ChronoUnit.MONTHS.between}). So a start on the
 * 31st reaches no month ending before the 31st: 31 Jan to 28 Feb is 0 months, to 1 Mar 1 month,
 * to 31 Mar 2 months. Spark's months_between is not used because it treats two month-ends as a
 * whole month. Bands: 0-5 {@code <6 months}, 6-11 {@code 6-12 months}, 12-23 {@code 1-2 years},
 * 24-47 {@code 2-4 years}, 48 up {@code 4+ years}.
 */
public final class ClaStepDownDuration implements ReportTable {
  public static final List<String> BANDS =
      List.of("<6 months", "6-12 months", "1-2 years", "2-4 years", "4+ years");

  @Override
  public String name() {
    return "cla_step_down_duration";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of the step-down event, time-in-care band and with_ss (all ten every year)",
        "How long the children who stepped down had been looked after, split by whether they were working with "
            + "Stepping Stones. Each child counts once a year, at their first step-down event in the year (as in "
            + "cla_step_down), by the whole calendar months from the start of that event's period of care to the "
            + "event: a month counts once its day of the month is reached (31 January to 28 February is 0 months, "
            + "to 1 March 1). " + years("a step-down event") + " A combination with no child is 0.",
        financialYear("the event"),
        key("duration_band", "Time looked after: <6 months (0-5 months), 6-12 months (6-11), 1-2 years (12-23), 2-4 "
            + "years (24-47) or 4+ years (48 and more)."),
        key("with_ss", "Whether the child had a Stepping Stones involvement open on the day of the event."),
        children("children", "Children whose first step-down event in the year falls in this band and with_ss."));
  }

  /** Whole calendar months from {@code start} to {@code end}. */
  public static Column wholeMonths(Column start, Column end) {
    Column months = year(end).multiply(12).plus(month(end)).minus(year(start).multiply(12).plus(month(start)));
    return months.minus(when(dayofmonth(end).lt(dayofmonth(start)), 1).otherwise(0));
  }

  static Column band(Column months) {
    return when(months.lt(6), lit("<6 months"))
        .when(months.lt(12), lit("6-12 months"))
        .when(months.lt(24), lit("1-2 years"))
        .when(months.lt(48), lit("2-4 years"))
        .otherwise(lit("4+ years"));
  }

  /** Each child's first step-down event in the year, with its {@code duration_band}. */
  static Dataset<Row> facts(ReportInputs in) {
    return StepDownEvents.firstInYear(in)
        .withColumn("duration_band", band(wholeMonths(col("period_start"), col("event_date"))));
  }

  /** Each child's first step-down event in the year. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("children", Detail.EPISODE, "episode_id", "event_date", StepDownEvents.DATED));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> firsts = facts(in);
    Dataset<Row> counts =
        firsts
            .groupBy(
                col("financial_year").as("fy"),
                col("duration_band").as("b"),
                col("with_ss").as("ss"))
            .agg(count(lit(1)).as("n"));
    Column[] bands = BANDS.stream().map(b -> lit(b)).toArray(Column[]::new);
    Dataset<Row> grid =
        ReportColumns.financialYears(firsts, in)
            .withColumn("duration_band", explode(array(bands)))
            .withColumn("band_order", array_position(array(bands), col("duration_band")))
            .withColumn("with_ss", explode(array(lit(false), lit(true))));
    return grid
        .join(
            counts,
            col("financial_year").equalTo(col("fy"))
                .and(col("duration_band").equalTo(col("b")))
                .and(col("with_ss").equalTo(col("ss"))),
            "left")
        .orderBy("financial_year", "band_order", "with_ss")
        .select(col("financial_year"), col("duration_band"), col("with_ss"), coalesce(col("n"), lit(0L)).as("children"));
  }
}
