package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads the text of each record per the contract. Adds the typed value of every column (lake
 * names), {@code problems}: why the record cannot be loaded (wrong number of fields, a missing or
 * unreadable required value, a broken record rule; the first is the quarantine reason), and
 * {@code dq_issues}: optional values that could not be read and became no value.
 */
public final class RecordParser {
  private RecordParser() {}

  public static Dataset<Row> parse(Dataset<Row> text, DatasetContract dataset) {
    List<ContractColumn> columns = dataset.columns();
    // In steps (ValueType): each step's expressions read the columns of the step before, so no
    // expression is repeated within a step and each part of reading a value is done once. A step
    // carries on only what a later one reads: every column it carries is copied into each row again.
    String[] textColumns = text.columns();
    Dataset<Row> steps = text
        .select(step(textColumns, columns, null, (c, i) -> trim(col("record." + c.header())).as("_t" + i)))
        .select(step(textColumns, columns, "_t", (c, i) -> c.type().prepare(col("_t" + i)).as("_p" + i)))
        .select(step(textColumns, columns, "_p", (c, i) -> c.type().isNoValue(col("_t" + i), col("_p" + i)).as("_nv" + i)))
        .select(step(textColumns, columns, "_nv", (c, i) -> c.type().readPrepared(col("_p" + i), col("_nv" + i)).as("_v" + i)));

    List<Column> out = new ArrayList<>();
    for (String name : textColumns) {
      out.add(col(name));
    }
    Map<String, Column> typed = new HashMap<>();
    List<Column> problems = new ArrayList<>();
    List<Column> dqIssues = new ArrayList<>();
    problems.add(when(col("malformed"), issue(null, "wrong number of fields")));
    for (int i = 0; i < columns.size(); i++) {
      ContractColumn c = columns.get(i);
      Column value = col("_v" + i);
      // Deleted defaults to No; whether its text was readable is asked of the text itself.
      Column typedValue = (c == DatasetContract.DELETED ? coalesce(value, lit(false)) : value).cast(c.type().sparkType());
      typed.put(c.name(), typedValue);
      out.add(typedValue.as(c.name()));
      Column noValue = col("_nv" + i);
      Column unreadable = not(noValue).and(value.isNull());
      if (c.required()) {
        problems.add(when(noValue, issue(c.header(), "missing required value"))
            .when(unreadable, issue(c.header(), c.type().problem())));
      } else {
        dqIssues.add(when(unreadable, issue(c.header(), c.type().problem())));
      }
    }
    for (RowRule rule : dataset.rowRules()) {
      problems.add(when(rule.broken().apply(typed::get), issue(rule.column(), rule.reason())));
    }
    out.add(present(problems).as("problems"));
    out.add(present(dqIssues).as("dq_issues"));
    return steps.select(out.toArray(Column[]::new));
  }

  /**
   * The text's columns, the step before's column per contract column named {@code carried} (none
   * when null), and one more per contract column.
   */
  private static Column[] step(String[] textColumns, List<ContractColumn> columns, String carried,
      BiFunction<ContractColumn, Integer, Column> step) {
    List<Column> all = new ArrayList<>();
    for (String name : textColumns) {
      all.add(col(name));
    }
    for (int i = 0; i < columns.size(); i++) {
      if (carried != null) {
        all.add(col(carried + i));
      }
      all.add(step.apply(columns.get(i), i));
    }
    return all.toArray(Column[]::new);
  }

  private static Column issue(String column, String reason) {
    return struct(lit(column).cast("string").as("column"), lit(reason).as("reason"));
  }

  private static Column present(List<Column> issues) {
    if (issues.isEmpty()) {
      return array().cast("array<struct<column:string,reason:string>>");
    }
    return filter(array(issues.toArray(Column[]::new)), x -> x.isNotNull());
  }
}
