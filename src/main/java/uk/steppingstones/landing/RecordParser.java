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
    List<Column> typed = new ArrayList<>();
    List<Column> problems = new ArrayList<>();
    List<Column> dqIssues = new ArrayList<>();
    problems.add(when(col("malformed"), issue(null, "wrong number of fields")));
    for (ContractColumn c : dataset.columns()) {
      Column raw = col("record." + c.header());
      Column value = c.type().read(raw);
      Column unreadable = not(c.type().isNoValue(raw)).and(value.isNull());
      if (c == DatasetContract.DELETED) {
        value = coalesce(value, lit(false));
      }
      typed.add(value.cast(c.type().sparkType()).as(c.name()));
      if (c.required()) {
        problems.add(
            when(c.type().isNoValue(raw), issue(c.header(), "missing required value"))
                .when(unreadable, issue(c.header(), c.type().problem())));
      } else {
        dqIssues.add(when(unreadable, issue(c.header(), c.type().problem())));
      }
    }
    for (RowRule rule : dataset.rowRules()) {
      Column broken = rule.broken().apply(name -> col("typed." + name));
      problems.add(when(broken, issue(rule.column(), rule.reason())));
    }
    return text.withColumn("typed", struct(typed.toArray(Column[]::new)))
        .withColumn("problems", present(problems))
        .withColumn("dq_issues", present(dqIssues))
        .select(col("*"), col("typed.*"))
        .drop("typed");
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
