package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
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
import uk.steppingstones.report.Detail;
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

  // What each fact row of the table is (its "counted" column).
  static final String CONSULTATION = "initial consultation";
  static final String INTERVENTION = "intervention";
  static final String STARTED = "started";
  static final String ENDED = "ended";

  /**
   * The records the table counts, one row per record and FY it counts in: {@code counted} (what it
   * is: a completed initial consultation created in the FY; an involvement overlapping the FY,
   * once per FY; an involvement started or ended in the FY), financial_year, person_id, gender,
   * record_type, record_id and record_date (the consultation's creation day; the involvement's
   * StartDate, or EndDate for an end).
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("service_activity.facts", () -> {
      int lastYear = FinancialYear.startYear(in.asOf());
      Dataset<Row> genders = in.table("person").select(col("person_id").as("g_person"), col("gender"));
      Dataset<Row> involvements = in.table("ss_involvement");
      Column last = coalesce(col("end_date"), in.asOfDate());
      Dataset<Row> consultations = in.table("initial_consultation")
          .filter(col("step_status").equalTo("C"))
          .select(lit(CONSULTATION).as("counted"), FinancialYear.of(to_date(col("created_at"))).as("financial_year"),
              col("person_id"), lit(Detail.FORM).as("record_type"), col("form_id").as("record_id"),
              to_date(col("created_at")).as("record_date"));
      Dataset<Row> overlapping = involvements
          .select(col("person_id"), col("involvement_id"), col("start_date"), explode(sequence(
              FinancialYear.startYear(col("start_date")),
              least(FinancialYear.startYear(last), lit(lastYear)))).as("start_year"))
          .select(lit(INTERVENTION).as("counted"), FinancialYear.label(col("start_year")).as("financial_year"),
              col("person_id"), lit(Detail.INVOLVEMENT).as("record_type"), col("involvement_id").as("record_id"),
              col("start_date").as("record_date"));
      Dataset<Row> started = involvements
          .select(lit(STARTED).as("counted"), FinancialYear.of(col("start_date")).as("financial_year"),
              col("person_id"), lit(Detail.INVOLVEMENT).as("record_type"), col("involvement_id").as("record_id"),
              col("start_date").as("record_date"));
      Dataset<Row> ended = involvements.filter(col("end_date").isNotNull())
          .select(lit(ENDED).as("counted"), FinancialYear.of(col("end_date")).as("financial_year"),
              col("person_id"), lit(Detail.INVOLVEMENT).as("record_type"), col("involvement_id").as("record_id"),
              col("end_date").as("record_date"));
      Dataset<Row> facts = consultations.unionByName(overlapping).unionByName(started).unionByName(ended);
      return facts
          .join(genders, col("person_id").equalTo(col("g_person")), "left")
          .drop("g_person");
    });
  }

  @Override
  public Detail detail(ReportInputs in) {
    String starts = "the involvement's StartDate (it counts in every year it overlaps)";
    return Detail.of(facts(in),
        figure("children_initial_consultation", Detail.FORM, "record_id", "record_date",
            "the day the consultation was created").where(counted(CONSULTATION)),
        figure("children_intervention", Detail.INVOLVEMENT, "record_id", "record_date", starts)
            .where(counted(INTERVENTION)),
        figure("involvements_started", Detail.INVOLVEMENT, "record_id", "record_date", "the involvement's StartDate")
            .where(counted(STARTED)),
        figure("involvements_ended", Detail.INVOLVEMENT, "record_id", "record_date", "the involvement's EndDate")
            .where(counted(ENDED)),
        figure("male", Detail.INVOLVEMENT, "record_id", "record_date", starts).where(intervention("Male")),
        figure("female", Detail.INVOLVEMENT, "record_id", "record_date", starts).where(intervention("Female")),
        figure("other_gender", Detail.INVOLVEMENT, "record_id", "record_date", starts).where(intervention("Other")));
  }

  private static Column counted(String what) {
    return col("counted").equalTo(what);
  }

  private static Column intervention(String gender) {
    return counted(INTERVENTION).and(col("gender").equalTo(gender));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    Column child = col("person_id");
    Dataset<Row> monthEnds =
        new OpenChildrenMonthly().build(in).withColumn("financial_year", FinancialYear.of(col("month")));
    Dataset<Row> years =
        ReportColumns.financialYears(facts.filter(counted(CONSULTATION).or(counted(STARTED))), in);
    List<Dataset<Row>> measures = List.of(
        facts.groupBy("financial_year").agg(
            countDistinct(when(counted(CONSULTATION), child)).as("children_initial_consultation"),
            countDistinct(when(counted(INTERVENTION), child)).as("children_intervention"),
            count(when(counted(STARTED), lit(1))).as("involvements_started"),
            count(when(counted(ENDED), lit(1))).as("involvements_ended"),
            countDistinct(when(intervention("Male"), child)).as("male"),
            countDistinct(when(intervention("Female"), child)).as("female"),
            countDistinct(when(intervention("Other"), child)).as("other_gender")),
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
