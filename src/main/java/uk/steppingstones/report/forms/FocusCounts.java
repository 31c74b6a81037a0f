package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code focus_counts}: per FY of CreatedDateTime, source, focus group and focus (report wording),
 * the number of times the focus was selected. Sources: {@code Initial Consultation} (completed
 * SS_IC whose Accepted answer is yes; an unanswered Accepted does not count) and
 * {@code Closure Record} (completed SS_CLOSE, whatever its outcome). Each selected option on a
 * form counts once. The whole catalogue (14 child, 13 adult and 6 parent focuses) for both sources
 * of every FY from the first FY with a selection from either source through FY(A) is present, with
 * 0 where none was selected; rows run by source, group and the catalogue's order.
 */
public final class FocusCounts implements ReportTable {
  static final String INITIAL_CONSULTATION = "Initial Consultation";
  static final String CLOSURE_RECORD = "Closure Record";

  /** A focus group: its name in the table, its column on the form tables and its catalogue. */
  record Group(String name, String column, Map<String, String> focuses) {}

  static final List<Group> GROUPS = List.of(
      new Group("Child", "child_focuses", Catalogue.CHILD_FOCUSES),
      new Group("Adult", "adult_focuses", Catalogue.ADULT_FOCUSES),
      new Group("Parent", "parent_focuses", Catalogue.PARENT_FOCUSES));

  static final List<String> SOURCES = List.of(INITIAL_CONSULTATION, CLOSURE_RECORD);

  @Override
  public String name() {
    return "focus_counts";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of creation, source, focus group and focus (the whole catalogue every year)",
        "The focuses (soft KPIs) chosen at the start and at the close of involvements. Sources: Initial "
            + "Consultation (completed SS_IC whose Accepted answer is yes; an unanswered Accepted does not count) "
            + "and Closure Record (completed SS_CLOSE, whatever its outcome). Each option selected (answered yes) "
            + "counts once per form. The whole catalogue (14 child, 13 adult and 6 parent focuses) for both sources "
            + "has a row every year, 0 where never selected. " + years("a selection from either source"),
        financialYear("the form's CreatedDateTime"),
        key("source", "Initial Consultation or Closure Record."),
        key("focus_group", "Child, Adult or Parent."),
        key("focus", "The focus in the report's wording, e.g. Wishes and feelings."),
        records("selections", "Times the focus was selected on forms of the source created in the year."));
  }

  /**
   * One row per selection: form_id, person_id, involvement_id, created_date, financial_year,
   * source, focus_group and focus (report wording).
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("focus_counts.facts", () -> selections(in));
  }

  private static Dataset<Row> selections(ReportInputs in) {
    Dataset<Row> facts = null;
    for (String source : SOURCES) {
      Dataset<Row> forms = source.equals(INITIAL_CONSULTATION)
          ? CountedForms.acceptedConsultations(in)
          : CountedForms.completedClosures(in);
      for (Group g : GROUPS) {
        Dataset<Row> selected = forms
            .withColumn("code", explode(array_distinct(col(g.column()))))
            .select(CountedForms.factColumns(
                lit(source).as("source"),
                lit(g.name()).as("focus_group"),
                ReportColumns.label(col("code"), g.focuses()).as("focus")));
        facts = facts == null ? selected : facts.unionByName(selected);
      }
    }
    return facts.filter(col("focus").isNotNull());
  }

  /** Every (source, focus_group, focus) in the table's order, with {@code category_order}. */
  static Dataset<Row> catalogue(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (String source : SOURCES) {
      for (Group g : GROUPS) {
        for (String focus : g.focuses().values()) {
          rows.add(RowFactory.create(source, g.name(), focus, rows.size()));
        }
      }
    }
    return spark.createDataFrame(rows, new StructType()
        .add("source", "string", false)
        .add("focus_group", "string", false)
        .add("focus", "string", false)
        .add("category_order", "int", false));
  }

  /** The forms selecting the focus. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("selections", Detail.FORM, "form_id", "created_date", "the day the form was created"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> selections = facts(in);
    return ReportColumns.perFinancialYearAnd(
        selections, in, catalogue(selections.sparkSession()), count(lit(1)).as("selections"));
  }
}
