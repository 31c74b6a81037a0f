package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.START_SET;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code service_activity}: the outreach figures of each FY.
 *
 * <ul>
 *   <li>children_initial_consultation: distinct children with a completed SS_IC created in the FY
 *       (accepted or not);
 *   <li>children_intervention: distinct children with an involvement overlapping the FY (started
 *       on or before its last day, not ended before its first), up to A;
 *   <li>involvements_started / involvements_ended: involvements whose StartDate / EndDate is in
 *       the FY (an EndDate after A is not an end);
 *   <li>max_open_month_end: the largest {@code open_children_monthly} count among the FY's months
 *       (0 when the FY has no month with an involvement yet);
 *   <li>male, female, other_gender: children_intervention by the person's Gender; Unknown, or no
 *       person record, counts in none;
 *   <li>mean_age_at_start: mean whole-year age on d over the start-set children with a date of
 *       birth, 2 dp; null when there are none.
 * </ul>
 *
 * FYs run from the first FY with a completed initial consultation or an involvement through FY(A).
 */
public final class ServiceActivity implements ReportTable {
  @Override
  public String name() {
    return "service_activity";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year",
        "The outreach figures of each year: consultations, interventions, involvements started and ended, the "
            + "busiest month end, gender and mean age at start. "
            + years("a completed initial consultation or an involvement start") + " " + START_SET,
        financialYear("the consultation's creation, the involvement's start or end, or the month end, as each "
            + "column says"),
        children("children_initial_consultation", "Distinct children with a completed Initial Consultation (SS_IC) "
            + "created in the year, accepted or not."),
        children("children_intervention", "Distinct children with an involvement overlapping the year up to the "
            + "as-of date: started on or before the year's last day and not ended before its first (an EndDate "
            + "after the as-of date reads as not ended)."),
        records("involvements_started", "Involvements whose StartDate is in the year."),
        records("involvements_ended", "Involvements whose EndDate is in the year (an EndDate after the as-of date "
            + "is not an end yet)."),
        value("max_open_month_end", "The largest open_children_monthly.children_open among the year's months: the "
            + "most children open at a month end (the as-of date in its own month); 0 when no month of the year "
            + "had an involvement yet."),
        children("male", "Of children_intervention, the children whose Gender is Male."),
        children("female", "Of children_intervention, the children whose Gender is Female."),
        children("other_gender", "Of children_intervention, the children whose Gender is Other. A child whose Gender "
            + "is Unknown (or who has no person record) counts in none of male, female and other_gender."),
        value("mean_age_at_start", "Mean age in whole years on d of the year's start-set children with a date of "
            + "birth, rounded to 2 decimal places; empty when there are none."));
  }

  /** Every child-FY of an involvement overlapping the FY: {@code person_id, financial_year, gender}. */
  static Dataset<Row> childrenInIntervention(ReportInputs in) {
    int lastYear = FinancialYear.startYear(in.asOf());
    Column last = coalesce(col("end_date"), in.asOfDate());
    Dataset<Row> genders = in.table("person").select(col("person_id").as("g_person"), col("gender"));
    return in.table("ss_involvement")
        .select(col("person_id"), explode(sequence(
            FinancialYear.startYear(col("start_date")),
            least(FinancialYear.startYear(last), lit(lastYear)))).as("start_year"))
        .select(col("person_id"), FinancialYear.label(col("start_year")).as("financial_year"))
        .distinct()
        .join(genders, col("person_id").equalTo(col("g_person")), "left")
        .drop("g_person");
  }

  /** Every completed initial consultation: {@code form_id, person_id, financial_year}. */
  static Dataset<Row> initialConsultations(ReportInputs in) {
    return in.table("initial_consultation")
        .filter(col("step_status").equalTo("C"))
        .select(col("form_id"), col("person_id"), FinancialYear.of(to_date(col("created_at"))).as("financial_year"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> involvements = in.table("ss_involvement");
    Dataset<Row> consultations = initialConsultations(in);
    Dataset<Row> intervention = childrenInIntervention(in);
    Dataset<Row> started = involvements.withColumn("financial_year", FinancialYear.of(col("start_date")));
    Dataset<Row> ended =
        involvements.filter(col("end_date").isNotNull()).withColumn("financial_year", FinancialYear.of(col("end_date")));
    Dataset<Row> monthEnds =
        new OpenChildrenMonthly().build(in).withColumn("financial_year", FinancialYear.of(col("month")));

    Dataset<Row> years =
        ReportColumns.financialYears(
            consultations.select("financial_year").unionByName(started.select("financial_year")), in);
    List<Dataset<Row>> measures = List.of(
        consultations.groupBy("financial_year").agg(countDistinct(col("person_id")).as("children_initial_consultation")),
        intervention.groupBy("financial_year").agg(
            count(lit(1)).as("children_intervention"),
            count(when(col("gender").equalTo("Male"), lit(1))).as("male"),
            count(when(col("gender").equalTo("Female"), lit(1))).as("female"),
            count(when(col("gender").equalTo("Other"), lit(1))).as("other_gender")),
        started.groupBy("financial_year").agg(count(lit(1)).as("involvements_started")),
        ended.groupBy("financial_year").agg(count(lit(1)).as("involvements_ended")),
        monthEnds.groupBy("financial_year").agg(max(col("children_open")).as("max_open_month_end")),
        AgeAtStart.facts(in).groupBy("financial_year").agg(avg(col("age")).as("mean_age")));
    Dataset<Row> table = years;
    for (Dataset<Row> m : measures) {
      table = table.join(m, "financial_year", "left");  // USING join: one financial_year column
    }
    return table
        .orderBy("financial_year")
        .select(
            col("financial_year"),
            zero(col("children_initial_consultation")).as("children_initial_consultation"),
            zero(col("children_intervention")).as("children_intervention"),
            zero(col("involvements_started")).as("involvements_started"),
            zero(col("involvements_ended")).as("involvements_ended"),
            zero(col("max_open_month_end")).as("max_open_month_end"),
            zero(col("male")).as("male"),
            zero(col("female")).as("female"),
            zero(col("other_gender")).as("other_gender"),
            ReportColumns.round2(col("mean_age")).as("mean_age_at_start"));
  }

  private static Column zero(Column count) {
    return coalesce(count, lit(0L));
  }
}
