package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.Claims;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code avoidance_step_up}: per FY of avoidance, children_avoided (distinct children with a kept
 * Cost Avoidance claim, {@link Claims#kept}, whose EventDate is in the FY; E = their earliest such
 * EventDate), children_stepped_up (of them, those with a period of care starting strictly after E
 * and on or before A), families_stepped_up (distinct FamilyID of the stepped-up children; a child
 * without one is a family alone) and avg_days_to_cla (mean days from E to the first period start
 * after E, over the stepped-up children).
 *
 * <p>Readings: a child avoided in two FYs counts in both, each with its own E. The family is the
 * surviving person's FamilyID. avg_days_to_cla is null in an FY with no child stepped up (a mean
 * of no values does not exist; 0 would read as "stepped up on the day"). FYs run from the first FY
 * with a Cost Avoidance claim through FY(A).
 */
public final class AvoidanceStepUp implements ReportTable {
  @Override
  public String name() {
    return "avoidance_step_up";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of avoidance",
        "Whether children diverted from care came into care later. A child avoided in the year has a kept Cost "
            + "Avoidance claim with its EventDate in the year; E is their earliest such EventDate in the year. A "
            + "child avoided in two years counts in both, each with its own E. " + years("a Cost Avoidance claim")
            + " A year with none is 0.",
        financialYear("the Cost Avoidance claim's EventDate"),
        children("children_avoided", "Distinct children with a kept Cost Avoidance claim whose EventDate is in the "
            + "year."),
        children("children_stepped_up", "Of them, the children with a period of care starting strictly after E and "
            + "on or before the as-of date."),
        value("families_stepped_up", "Distinct families (the surviving person's FamilyID) of the stepped-up "
            + "children; a child without a FamilyID is a family alone. A count of families, not of children or "
            + "records."),
        value("avg_days_to_cla", "Mean days from E to the start of the first such period of care, over the "
            + "stepped-up children, 2 decimal places; empty when no child stepped up."));
  }

  /**
   * One row per child and FY of avoidance: e (E), e_form_id (the claim at E, then the smaller
   * FormID), cla_start (the first period of care starting after E, on or before A; null when
   * none), cla_episode_id (that period's first episode), family_id.
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("avoidance_step_up.facts", () -> {
      Dataset<Row> avoided =
          Claims.kept(in)
              .filter(col("claim_type").equalTo("AVOID"))
              .groupBy(col("person_id"), FinancialYear.of(col("event_date")).as("financial_year"))
              .agg(min(struct(col("event_date"), ReportColumns.idOrder(col("form_id")).as("o"), col("form_id")))
                  .as("first"))
              .select(col("person_id"), col("financial_year"), col("first.event_date").as("e"),
                  col("first.form_id").as("e_form_id"));
      Dataset<Row> periods =
          PeriodsOfCare.of(in).select(col("person_id").as("c_person"), col("period_start").as("c_start"),
              col("first_episode_id").as("c_episode"));
      Dataset<Row> families =
          in.table("person").select(col("person_id").as("f_person"), col("family_id"));
      return avoided
          .join(
              periods,
              col("person_id").equalTo(col("c_person"))
                  .and(col("c_start").gt(col("e")))
                  .and(col("c_start").leq(in.asOfDate())),
              "left")
          .groupBy("person_id", "financial_year", "e", "e_form_id")
          // Periods of a child never start on the same day: the first start names one period.
          .agg(min(when(col("c_start").isNotNull(), struct(col("c_start"), col("c_episode")))).as("cla"))
          .select(col("person_id"), col("financial_year"), col("e"), col("e_form_id"),
              col("cla.c_start").as("cla_start"), col("cla.c_episode").as("cla_episode_id"))
          .join(families, col("person_id").equalTo(col("f_person")), "left")
          .drop("f_person");
    });
  }

  /** Each avoided child's claim at E, and for the stepped-up ones their first period of care after E. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("children_avoided", Detail.CLAIM, "e_form_id", "e",
            "E, the child's earliest Cost Avoidance EventDate in the year"),
        figure("children_stepped_up", Detail.PERIOD_OF_CARE, "cla_episode_id", "cla_start",
            "the start of the child's first period of care after E").where(col("cla_start").isNotNull()));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> firstCla = facts(in);
    Column stepped = col("cla_start").isNotNull();
    Column family =
        when(col("family_id").isNotNull(), concat(lit("family:"), col("family_id")))
            .otherwise(concat(lit("person:"), col("person_id")));
    return ReportColumns.perFinancialYear(firstCla, in,
            count(lit(1)).as("children_avoided"),
            count(when(stepped, lit(1))).as("children_stepped_up"),
            countDistinct(when(stepped, family)).as("families_stepped_up"),
            avg(when(stepped, datediff(col("cla_start"), col("e")))).as("avg_days_to_cla"))
        .withColumn("avg_days_to_cla", ReportColumns.round2(col("avg_days_to_cla")));
  }
}
