package uk.steppingstones.conformed.form;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.landing.ValueType;

/**
 * A typed table of one form type: the form header with its answers pivoted into columns. Built
 * from the current headers and answers as a whole, so an answer that arrived before or after its
 * header lands the same. A new form type is one subclass and one line in {@link FormTables}.
 */
public abstract class FormTable {
  public static final List<String> HEADER_COLUMNS =
      List.of("form_id", "person_id", "involvement_id", "step_status", "created_at", "completed_at");

  /** What the header columns mean, in {@link #HEADER_COLUMNS}' order. */
  private static final List<ColumnDoc> HEADER_DOCS = List.of(
      ColumnDoc.key("form_id", "LCS form id (lcs_form.form_id)."),
      ColumnDoc.value("person_id", "The child the form is about (the surviving person after merges)."),
      ColumnDoc.value("involvement_id", "The involvement the form belongs to; empty when the form names none."),
      ColumnDoc.value("step_status", "C completed, D draft, X cancelled; the report counts completed forms."),
      ColumnDoc.value("created_at", "When the form was created: places it in its financial year; a form counts only "
          + "once created (on or before the as-of date)."),
      ColumnDoc.value("completed_at", "When the form was completed; empty when not."));

  /** Name of the conformed table, e.g. {@code initial_consultation}. */
  public abstract String name();

  public abstract FormType formType();

  /** The questions whose answers become columns. */
  protected abstract List<Question> questions();

  /** What the form is for, in the service's words. */
  protected abstract String about();

  /** The typed table's declaration: the header columns, then one column per question. */
  public final TableDoc doc() {
    List<ColumnDoc> columns = new ArrayList<>(HEADER_DOCS);
    questions().forEach(q -> columns.add(ColumnDoc.value(q.column(), q.description())));
    return new TableDoc("current " + formType().name() + " form (FormID), with its winning answers",
        about() + " Built from the current lcs_form headers and the winning answer of each question (the latest "
            + "AnsweredDateTime, then the larger AnswerID), whichever arrived first; rebuilt whenever either "
            + "changes. A multi-select is the sorted list of the catalogue's option codes answered yes (empty when "
            + "none); options outside the catalogue stay in lcs_form_answer only.",
        columns);
  }

  /** The questions this form's answers are read for (docs/landing.md lists them). */
  public final List<Question> questionList() {
    return List.copyOf(questions());
  }

  /** Whether a (lowercased) question code is one of this form's questions. */
  public final Column knows(Column question) {
    return questions().stream().map(q -> q.matches(question)).reduce(Column::or).orElse(lit(false));
  }

  /**
   * @param forms current lcs_form records
   * @param winningAnswers the output of {@link FormAnswers#winning}
   */
  public final Dataset<Row> build(Dataset<Row> forms, Dataset<Row> winningAnswers) {
    List<Column> aggs = questions().stream().map(Question::aggregate).toList();
    Dataset<Row> pivoted =
        winningAnswers
            .groupBy("form_id")
            .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    List<Column> out = new ArrayList<>();
    HEADER_COLUMNS.forEach(c -> out.add(col("f." + c).as(c)));
    for (var field : pivoted.schema().fields()) {
      if (field.name().equals("form_id")) {
        continue;
      }
      Column value = col("a." + field.name());
      // A multi-select with no answer at all is an empty selection, not an unknown one.
      boolean multiSelect = field.dataType() instanceof ArrayType;
      out.add((multiSelect ? coalesce(value, array().cast("array<string>")) : value).as(field.name()));
    }
    return forms
        .filter(col("form_type").equalTo(formType().name()))
        .as("f")
        .join(pivoted.as("a"), col("f.form_id").equalTo(col("a.form_id")), "left")
        .select(out.toArray(Column[]::new));
  }

  /**
   * One answer column: a single question read as a type, or a multi-select group
   * ({@code <Group>_<Option>} answered yes) whose selected options in the catalogue become a sorted
   * array of codes; unknown options stay in the raw layer only.
   */
  public record Question(
      String column, String code, ValueType type, Map<String, String> options, String description) {
    static Question single(String code, ValueType type, String column, String description) {
      return new Question(column, code, type, null, description);
    }

    static Question selected(String group, Map<String, String> options, String column, String description) {
      return new Question(column, group, ValueType.YES_NO, options, description);
    }

    private String prefix() {
      return code.toLowerCase(Locale.ROOT) + "_";
    }

    private Column option(Column question) {
      return upper(substring(question, prefix().length() + 1, 1000));
    }

    Column matches(Column question) {
      return options == null
          ? question.equalTo(code.toLowerCase(Locale.ROOT))
          : question.startsWith(prefix()).and(option(question).isin(options.keySet().toArray()));
    }

    /** The aggregate over a form's winning answers (form_id, question, answer). */
    Column aggregate() {
      Column question = col("question");
      if (options == null) {
        return max(type.read(when(matches(question), col("answer")))).as(column);
      }
      Column chosen = matches(question).and(coalesce(ValueType.YES_NO.read(col("answer")), lit(false)));
      return array_sort(collect_set(when(chosen, option(question)))).as(column);
    }
  }
}
