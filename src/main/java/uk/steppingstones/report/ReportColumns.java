package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.FinancialYear;

/**
 * Column rules shared by report tables: "open on d", percentages, rounding, id order, FY and month
 * ranges, zero-filled category grids.
 */
public final class ReportColumns {
  private ReportColumns() {}

  /** Open on d: StartDate <= d and (EndDate has no value or d <= EndDate). */
  public static Column openOn(Column start, Column end, Column d) {
    return start.leq(d).and(end.isNull().or(d.leq(end)));
  }

  /** Ids compare as numbers when numeric (left-padded), else as text; numbers sort first. */
  public static Column idOrder(Column id) {
    return when(id.rlike("^[0-9]+$"), concat(lit("0"), lpad(id, 40, "0"))).otherwise(concat(lit("1"), id));
  }

  /** DOUBLE rounded half away from zero to 2 dp (outputs.md, "Numbers"). */
  public static Column round2(Column x) {
    return round(x.cast("decimal(38,10)"), 2).cast("double");
  }

  /** {@code 100 * part / total}, 2 dp, 0 when the total is 0. */
  public static Column pct(Column part, Column total) {
    return when(total.equalTo(0).or(total.isNull()), lit(0.0))
        .otherwise(round2(part.cast("double").multiply(100).divide(total)));
  }

  /**
   * Every financial year from the earliest in {@code facts.financial_year} through FY(A), one row
   * each ({@code financial_year}); none when there are no facts.
   */
  public static Dataset<Row> financialYears(Dataset<Row> facts, ReportInputs in) {
    int last = FinancialYear.startYear(in.asOf());
    return facts
        .agg(min(FinancialYear.startYearOfLabel(col("financial_year"))).as("first"))
        .filter(col("first").isNotNull())
        .select(explode(sequence(least(col("first"), lit(last)), lit(last))).as("start_year"))
        .select(FinancialYear.label(col("start_year")).as("financial_year"));
  }

  /**
   * Aggregates of {@code facts} (which hold {@code financial_year}) per financial year, one row for
   * every FY from the first fact through FY(A). In an FY without facts the counts (BIGINT
   * aggregates) are 0 and other aggregates (means) null.
   */
  public static Dataset<Row> perFinancialYear(Dataset<Row> facts, ReportInputs in, Column... aggregates) {
    Dataset<Row> perYear =
        facts.groupBy("financial_year").agg(aggregates[0], Arrays.copyOfRange(aggregates, 1, aggregates.length));
    Dataset<Row> years = financialYears(facts, in);
    List<Column> out = new ArrayList<>(List.of(years.col("financial_year")));
    for (var f : perYear.schema().fields()) {
      if (!f.name().equals("financial_year")) {
        Column c = perYear.col(f.name());
        out.add((f.dataType() instanceof LongType ? coalesce(c, lit(0L)) : c).as(f.name()));
      }
    }
    return years
        .join(perYear, years.col("financial_year").equalTo(perYear.col("financial_year")), "left")
        .select(out.toArray(Column[]::new))
        .orderBy("financial_year");
  }

  /**
   * Aggregates of {@code facts} (which hold {@code financial_year} and the key columns of
   * {@code categories}) per financial year and category: one row for every FY from the first fact
   * through FY(A) and every category, in the categories' order; counts 0 where there are none.
   *
   * @param categories the category key columns and {@code category_order}, e.g. from
   *     {@link #categories}
   */
  public static Dataset<Row> perFinancialYearAnd(
      Dataset<Row> facts, ReportInputs in, Dataset<Row> categories, Column... aggregates) {
    List<String> keys = new ArrayList<>(List.of(categories.columns()));
    keys.remove("category_order");
    List<Column> groupBy = new ArrayList<>(List.of(col("financial_year").as("f_fy")));
    keys.forEach(k -> groupBy.add(col(k).as("f_" + k)));
    Dataset<Row> counted =
        facts.groupBy(groupBy.toArray(Column[]::new))
            .agg(aggregates[0], Arrays.copyOfRange(aggregates, 1, aggregates.length));
    Column match = col("financial_year").equalTo(col("f_fy"));
    for (String k : keys) {
      match = match.and(col(k).equalTo(col("f_" + k)));
    }
    List<Column> out = new ArrayList<>(List.of(col("financial_year")));
    keys.forEach(k -> out.add(col(k)));
    for (var f : counted.schema().fields()) {
      if (!f.name().startsWith("f_")) {
        Column c = col(f.name());
        out.add((f.dataType() instanceof LongType ? coalesce(c, lit(0L)) : c).as(f.name()));
      }
    }
    return financialYears(facts, in)
        .crossJoin(categories)
        .join(counted, match, "left")
        .orderBy(col("financial_year"), col("category_order"))
        .select(out.toArray(Column[]::new));
  }

  /** A one-column category list ({@code column}, {@code category_order}) in the given order. */
  public static Dataset<Row> categories(SparkSession spark, String column, List<String> values) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      rows.add(RowFactory.create(values.get(i), i));
    }
    return spark.createDataFrame(rows, new StructType()
        .add(column, "string", false)
        .add("category_order", "int", false));
  }

  /**
   * Every month from the month of the earliest {@code dateColumn} in {@code facts} through A's
   * month: {@code month} (its first day) and {@code month_end} (its last day, A in A's month). None
   * when there are no facts.
   */
  public static Dataset<Row> monthsThroughAsOf(Dataset<Row> facts, String dateColumn, ReportInputs in) {
    Column lastMonth = trunc(in.asOfDate(), "month");
    return facts
        .agg(min(trunc(col(dateColumn), "month")).as("first"))
        .filter(col("first").isNotNull())
        .select(explode(sequence(least(col("first"), lastMonth), lastMonth, expr("interval 1 month"))).as("month"))
        .withColumn("month_end", least(last_day(col("month")), in.asOfDate()));
  }

  /** Text labels from a code column through a code-to-label map. */
  public static Column label(Column code, Map<String, String> labels) {
    Column result = null;
    for (var e : labels.entrySet()) {
      Column match = code.equalTo(e.getKey());
      result = result == null ? when(match, lit(e.getValue())) : result.when(match, lit(e.getValue()));
    }
    return result;
  }
}
