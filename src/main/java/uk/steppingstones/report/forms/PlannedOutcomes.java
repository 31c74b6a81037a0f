package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code planned_outcomes}: per FY of CreatedDateTime and planned outcome (report wording, in the
 * catalogue's order), the number of times the outcome was selected on a completed SS_IC whose
 * Accepted answer is yes (an unanswered Accepted does not count), and its percentage of all the
 * FY's selections (0 when the FY has none). A consultation may select several outcomes: each
 * selected option counts once, so the percentages are of selections, not of consultations. All
 * five outcomes of every FY from the first FY with a selection through FY(A) are present.
 */
public final class PlannedOutcomes implements ReportTable {
  static final List<String> OUTCOMES = List.copyOf(Catalogue.PLANNED_OUTCOMES.values());

  @Override
  public String name() {
    return "planned_outcomes";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of creation and planned outcome (all five every year)",
        "The outcomes planned on accepted initial consultations. Only completed Initial Consultations (SS_IC) "
            + "whose Accepted answer is yes count (an unanswered Accepted is not an acceptance). A consultation may "
            + "select several outcomes; each option selected (answered yes) counts once per form, so the "
            + "percentages are of selections, not of consultations. " + years("a selection")
            + " An outcome never selected is 0.",
        financialYear("the consultation's CreatedDateTime"),
        key("planned_outcome", "Edge of Care, Reunification Home, Avoid Step up to Residential, Step Down to Foster "
            + "Care, or Transition to Independence / Supported Lodging."),
        records("selections", "Times the outcome was selected on accepted initial consultations created in the year."),
        pct("pct", "selections", "the year's selections of all five outcomes"));
  }

  /**
   * One row per selection: form_id, person_id, involvement_id, created_date, financial_year and
   * planned_outcome (report wording).
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("planned_outcomes.facts", () -> CountedForms.acceptedConsultations(in)
        .withColumn("code", explode(array_distinct(col("planned_outcomes"))))
        .select(CountedForms.factColumns(
            ReportColumns.label(col("code"), Catalogue.PLANNED_OUTCOMES).as("planned_outcome")))
        .filter(col("planned_outcome").isNotNull()));
  }

  /** The consultations selecting the outcome (a form selecting two outcomes is in two rows). */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("selections", Detail.FORM, "form_id", "created_date", "the day the form was created"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> selections = facts(in);
    Dataset<Row> counts = ReportColumns.perFinancialYearAnd(selections, in,
        ReportColumns.categories(selections.sparkSession(), "planned_outcome", OUTCOMES),
        count(lit(1)).as("selections"));
    return counts
        .withColumn("pct", ReportColumns.pct(
            col("selections"), sum(col("selections")).over(Window.partitionBy("financial_year"))))
        .orderBy(col("financial_year"), CountedForms.position(col("planned_outcome"), OUTCOMES));
  }
}
