package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.report.LegalStatus;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.StartSet;

/**
 * {@code legal_status_at_start}: per FY and legal status (all four, zero-filled), the children of
 * the FY's start set ({@link StartSet}) whose legal status on d ({@link LegalStatus}) it was, and
 * their percentage of the start set. FYs run from the first FY with an involvement start through
 * FY(A).
 */
public final class LegalStatusAtStart implements ReportTable {
  @Override
  public String name() {
    return "legal_status_at_start";
  }

  /** The start set with each child's {@code legal_status} on d. */
  static Dataset<Row> facts(ReportInputs in) {
    return LegalStatus.onDay(in, StartSet.of(in), "d");
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    return ReportColumns.perFinancialYearAnd(facts, in,
            ReportColumns.categories(facts.sparkSession(), "legal_status", LegalStatus.ALL),
            count(lit(1)).as("children"))
        .withColumn("pct", ReportColumns.pct(col("children"),
            sum(col("children")).over(Window.partitionBy("financial_year"))));
  }
}
