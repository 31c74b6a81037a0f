package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code forms_created}: per FY of CreatedDateTime and form type (the report's wording, in the
 * order of {@link FormType}), the number of current forms that are completed ({@code C}) or
 * drafts ({@code D}); cancelled forms ({@code X}) never count. A form counts once created
 * (CreatedDateTime on or before A). Every one of the nine form types of every FY from the first FY
 * with a counted form through FY(A) is present, with 0 where none was created.
 */
public final class FormsCreated implements ReportTable {
  /** Form type code to the report's wording, in the report's order. */
  static final Map<String, String> FORM_NAMES = new LinkedHashMap<>();

  static {
    Arrays.stream(FormType.values()).forEach(t -> FORM_NAMES.put(t.name(), t.label()));
  }

  @Override
  public String name() {
    return "forms_created";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of creation and form type (all nine every year)",
        "Stepping Stones forms created each year, by form. A form counts once created (CreatedDateTime on or "
            + "before the as-of date), whether completed (StepStatus C) or a draft (D); cancelled forms (X) never "
            + "count. " + years("a counted form") + " A form type with none is 0.",
        financialYear("the form's CreatedDateTime"),
        key("form_type", "The form in the report's wording, in this order: Initial Consultations, Review "
            + "Consultations, Step Down Meetings, Evaluation Meetings, Closure Record, Group Supervisions, Adult "
            + "Soft Measures, Child Soft Measures, Target Achievement Forms."),
        records("forms", "Current forms of this type created in the year that are completed or drafts."));
  }

  /**
   * One row per counted form: form_id, person_id, involvement_id, created_date, financial_year,
   * form_type (report wording) and step_status ({@code C} or {@code D}).
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("forms_created.facts", () -> in.table("lcs_form")
        .filter(col("step_status").isin("C", "D"))
        .select(CountedForms.factColumns(
            ReportColumns.label(col("form_type"), FORM_NAMES).as("form_type"), col("step_status"))));
  }

  /** The forms created. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("forms", Detail.FORM, "form_id", "created_date", "the day the form was created"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> forms = facts(in);
    return ReportColumns.perFinancialYearAnd(forms, in,
        ReportColumns.categories(forms.sparkSession(), "form_type", List.copyOf(FORM_NAMES.values())),
        count(lit(1)).as("forms"));
  }
}
