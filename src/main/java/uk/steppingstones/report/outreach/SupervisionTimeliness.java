package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code supervision_timeliness}: per FY of involvement start, the involvements started and those
 * with a first group supervision within 14 days: a completed SS_GS form naming the involvement
 * (its InvolvementID) created {@code 0 <= CreatedDate - StartDate <= 14} days after the start,
 * both ends inclusive (a form created before the start does not count, nor one created after A).
 * {@code pct} is of the involvements started. FYs run from the first FY with an involvement start
 * through FY(A).
 */
public final class SupervisionTimeliness implements ReportTable {
  static final int DAYS = 14;

  @Override
  public String name() {
    return "supervision_timeliness";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of involvement start",
        "Whether each new involvement had its first group supervision within two weeks. "
            + years("an involvement start") + " A year without starts is 0.",
        financialYear("the involvement's StartDate"),
        records("involvements_started", "Involvements whose StartDate is in the year."),
        records("first_within_14_days", "Of them, the involvements with a completed Group Supervision (SS_GS) form "
            + "naming the involvement (its InvolvementID) created 0 to 14 days after StartDate, both ends included. "
            + "A form created before the start, or after the as-of date, does not count."),
        pct("pct", "first_within_14_days", "involvements_started"));
  }

  /**
   * Every involvement started, with {@code financial_year} (of StartDate) and
   * {@code supervised_in_time}, and {@code supervision_form_id}: the earliest timely SS_GS.
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("supervision_timeliness.facts", () -> timely(in));
  }

  private static Dataset<Row> timely(ReportInputs in) {
    Dataset<Row> supervisions =
        in.table("lcs_form")
            .filter(col("form_type").equalTo(FormType.SS_GS.name()).and(col("step_status").equalTo("C")))
            .select(col("form_id").as("g_form"), col("involvement_id").as("g_involvement"),
                to_date(col("created_at")).as("g_day"));
    Column days = datediff(col("g_day"), col("start_date"));
    Dataset<Row> timely =
        in.table("ss_involvement")
            .join(supervisions,
                col("involvement_id").equalTo(col("g_involvement")).and(days.between(0, DAYS)), "left")
            .groupBy("involvement_id", "person_id", "start_date")
            .agg(min(struct(col("g_day"), ReportColumns.idOrder(col("g_form")).as("o"), col("g_form"))).as("first"));
    return timely.select(
        col("involvement_id"),
        col("person_id"),
        col("start_date"),
        FinancialYear.of(col("start_date")).as("financial_year"),
        col("first.g_form").isNotNull().as("supervised_in_time"),
        col("first.g_form").as("supervision_form_id"));
  }

  /** The involvements started, and of them those supervised in time. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("involvements_started", Detail.INVOLVEMENT, "involvement_id", "start_date",
            "the involvement's StartDate"),
        figure("first_within_14_days", Detail.INVOLVEMENT, "involvement_id", "start_date",
            "the involvement's StartDate").where(col("supervised_in_time")));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return ReportColumns.perFinancialYear(facts(in), in,
            count(lit(1)).as("involvements_started"),
            count(when(col("supervised_in_time"), lit(1))).as("first_within_14_days"))
        .withColumn("pct", ReportColumns.pct(col("first_within_14_days"), col("involvements_started")));
  }
}
