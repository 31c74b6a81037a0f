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

  /** Name of the conformed table, e.g. {@code initial_consultation}. */
  public abstract String name();

  public abstract FormType formType();

  /** The answer columns, each an aggregate over the form's winning answers, aliased. */
  protected abstract List<Column> answerColumns();

  /**
   * @param forms current lcs_form records
   * @param winningAnswers the output of {@link FormAnswers#winning}
   */
  public final Dataset<Row> build(Dataset<Row> forms, Dataset<Row> winningAnswers) {
    List<Column> aggs = answerColumns();
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

  /** Aggregate: the value of a single question, read as {@code type}; null when unanswered. */
  protected static Column single(String questionCode, ValueType type, String name) {
    Column answer = when(col("question").equalTo(questionCode.toLowerCase(Locale.ROOT)), col("answer"));
    return max(type.read(answer)).as(name);
  }

  /**
   * Aggregate: the sorted codes of a multi-select group ({@code <Group>_<Option>} answered yes)
   * that are in the catalogue; unknown options stay in the raw layer only.
   */
  protected static Column selected(String group, Map<String, String> catalogue, String name) {
    String prefix = group.toLowerCase(Locale.ROOT) + "_";
    Column option = upper(substring(col("question"), prefix.length() + 1, 1000));
    Column chosen =
        col("question")
            .startsWith(prefix)
            .and(option.isin(catalogue.keySet().toArray()))
            .and(coalesce(ValueType.YES_NO.read(col("answer")), lit(false)));
    return array_sort(collect_set(when(chosen, option))).as(name);
  }
}
