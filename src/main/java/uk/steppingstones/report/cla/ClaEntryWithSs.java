package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code cla_entry_with_ss}: per FY, children_became_cla (distinct children with a period of care
 * starting in the FY), with_ss (of them, those with an involvement open on their first such
 * period start in the FY) and pct. FYs run from the first FY with a period start through FY(A).
 */
public final class ClaEntryWithSs implements ReportTable {
  @Override
  public String name() {
    return "cla_entry_with_ss";
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> firstStarts =
        PeriodsOfCare.of(in)
            .groupBy(col("person_id"), FinancialYear.of(col("period_start")).as("financial_year"))
            .agg(min(col("period_start")).as("first_start"));
    return YearCounts.of(in, Involvements.withSs(in, firstStarts, "first_start"), "children_became_cla");
  }
}
