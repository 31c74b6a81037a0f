package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;

/** Column rules shared by report tables: "open on d", percentages, rounding, FY ranges. */
public final class ReportColumns {
  private ReportColumns() {}

  /** Open on d: StartDate <= d and (EndDate has no value or d <= EndDate). */
  public static Column openOn(Column start, Column end, Column d) {
    return start.leq(d).and(end.isNull().or(d.leq(end)));
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
        facts.groupBy("financial_year").agg(aggregates[0], java.util.Arrays.copyOfRange(aggregates, 1, aggregates.length));
    Dataset<Row> years = financialYears(facts, in);
    java.util.List<Column> out = new java.util.ArrayList<>(java.util.List.of(years.col("financial_year")));
    for (var f : perYear.schema().fields()) {
      if (!f.name().equals("financial_year")) {
        Column c = perYear.col(f.name());
        out.add((f.dataType() instanceof org.apache.spark.sql.types.LongType ? coalesce(c, lit(0L)) : c).as(f.name()));
      }
    }
    return years
        .join(perYear, years.col("financial_year").equalTo(perYear.col("financial_year")), "left")
        .select(out.toArray(Column[]::new))
        .orderBy("financial_year");
  }

  /** Text labels from a code column through a code-to-label map. */
  public static Column label(Column code, java.util.Map<String, String> labels) {
    Column result = null;
    for (var e : labels.entrySet()) {
      Column match = code.equalTo(e.getKey());
      result = result == null ? when(match, lit(e.getValue())) : result.when(match, lit(e.getValue()));
    }
    return result;
  }
}
