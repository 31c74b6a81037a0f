package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
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
    // Three projections, so the costly part of reading a value (dates: a regular expression) is
    // done once per value, not once per use.
    List<Column> prepared = new ArrayList<>(List.of(col("*")));
    for (int i = 0; i < columns.size(); i++) {
      prepared.add(columns.get(i).type().prepare(col("record." + columns.get(i).header())).as("_p" + i));
    }
    List<Column> typed = new ArrayList<>(List.of(col("*")));
    for (int i = 0; i < columns.size(); i++) {
      ContractColumn c = columns.get(i);
      Column value = c.type().readPrepared(col("_p" + i));
      typed.add((c == DatasetContract.DELETED ? coalesce(value, lit(false)) : value).cast(c.type().sparkType()).as(c.name()));
      typed.add(c.type().isNoValuePrepared(col("_p" + i)).as("_nv" + i));
    }
    List<Column> problems = new ArrayList<>();
    List<Column> dqIssues = new ArrayList<>();
    problems.add(when(col("malformed"), issue(null, "wrong number of fields")));
    for (int i = 0; i < columns.size(); i++) {
      ContractColumn c = columns.get(i);
      Column noValue = col("_nv" + i);
      // Deleted defaults to No; whether its text was readable is asked of the text itself.
      Column value = c == DatasetContract.DELETED ? c.type().readPrepared(col("_p" + i)) : col(c.name());
      Column unreadable = not(noValue).and(value.isNull());
      if (c.required()) {
        problems.add(when(noValue, issue(c.header(), "missing required value"))
            .when(unreadable, issue(c.header(), c.type().problem())));
      } else {
        dqIssues.add(when(unreadable, issue(c.header(), c.type().problem())));
      }
    }
    for (RowRule rule : dataset.rowRules()) {
      problems.add(when(rule.broken().apply(name -> col(name)), issue(rule.column(), rule.reason())));
    }
    Dataset<Row> parsed = text.select(prepared.toArray(Column[]::new)).select(typed.toArray(Column[]::new))
        .withColumn("problems", present(problems))
        .withColumn("dq_issues", present(dqIssues));
    for (int i = 0; i < columns.size(); i++) {
      parsed = parsed.drop("_p" + i, "_nv" + i);
    }
    return parsed;
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
