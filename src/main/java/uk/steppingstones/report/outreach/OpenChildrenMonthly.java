package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.month;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code open_children_monthly}: for every month from the month of the first involvement's
 * StartDate through A's month, the distinct children with an involvement open on the month's last
 * day ({@code month_end}; in A's month, A itself). Open on d: StartDate on or before d and no
 * EndDate or d on or before it, so an involvement ending on the last day still counts that month.
 * A month with no child open is 0.
 */
public final class OpenChildrenMonthly implements ReportTable {
  @Override
  public String name() {
    return "open_children_monthly";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "calendar month, from the month of the first involvement's StartDate through the as-of date's month",
        "Children open to Stepping Stones at each month end (the report's open-cases chart). A month with no child "
            + "open is 0.",
        month("Every month from the first involvement's month through the as-of date's month has a row."),
        value("month_end", "The day the month is read on: its last day, or the as-of date in the as-of date's month."),
        children("children_open", "Distinct children with an involvement open on month_end: StartDate on or before "
            + "it and no EndDate or an EndDate on or after it (an involvement ending that day still counts)."));
  }

  /**
   * Every involvement open on a month end: {@code month, month_end, person_id, involvement_id,
   * start_date}.
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("involvements_open_at_month_end", () -> {
      Dataset<Row> involvements = in.table("ss_involvement");
      return months(in)
          .join(involvements, ReportColumns.openOn(col("start_date"), col("end_date"), col("month_end")))
          .select("month", "month_end", "person_id", "involvement_id", "start_date");
    });
  }

  /** The table's months: the first involvement's month through A's month. */
  static Dataset<Row> months(ReportInputs in) {
    return in.shared("involvement_months", () ->
        ReportColumns.monthsThroughAsOf(in.table("ss_involvement"), "start_date", in));
  }

  /** The involvements open on each month end (a child with two open is listed twice, counted once). */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children_open", Detail.INVOLVEMENT, "involvement_id", "start_date",
        "the involvement's StartDate (it is open on month_end)"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> open =
        facts(in).groupBy(col("month").as("o_month")).agg(countDistinct(col("person_id")).as("n"));
    return months(in)
        .join(open, col("month").equalTo(col("o_month")), "left")
        .orderBy("month")
        .select(col("month"), col("month_end"), coalesce(col("n"), lit(0L)).as("children_open"));
  }
}
