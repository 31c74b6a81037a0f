package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportInputs;

/**
 * The forms the outcome, focus and closure tables count, shared between them, and the columns
 * every fact row of the forms tables begins with.
 */
final class CountedForms {
  private CountedForms() {}

  private static final String COMPLETED = "C";

  /**
   * Completed SS_IC forms whose Accepted answer is yes. An unanswered Accepted is not an
   * acceptance: only a consultation known to be accepted became an intervention.
   */
  static Dataset<Row> acceptedConsultations(ReportInputs in) {
    return in.shared("accepted_initial_consultations", () -> in.table("initial_consultation")
        .filter(col("step_status").equalTo(COMPLETED).and(col("accepted").equalTo(true))));
  }

  /** Completed SS_CLOSE forms, whatever their outcome. */
  static Dataset<Row> completedClosures(ReportInputs in) {
    return in.shared("completed_closure_records", () -> in.table("closure_record")
        .filter(col("step_status").equalTo(COMPLETED)));
  }

  /**
   * The columns of a fact row: form_id, person_id, involvement_id, created_date (the day the form
   * was created, which places it in its FY) and financial_year, then the row keys {@code keys}.
   */
  static Column[] factColumns(Column... keys) {
    Column created = to_date(col("created_at"));
    List<Column> columns = new ArrayList<>(List.of(
        col("form_id"),
        col("person_id"),
        col("involvement_id"),
        created.as("created_date"),
        FinancialYear.of(created).as("financial_year")));
    columns.addAll(List.of(keys));
    return columns.toArray(Column[]::new);
  }

  /** The 1-based position of a label in the report's order, to sort rows as the report does. */
  static Column position(Column label, List<String> inOrder) {
    return array_position(array(inOrder.stream().map(s -> lit(s)).toArray(Column[]::new)), label);
  }
}
