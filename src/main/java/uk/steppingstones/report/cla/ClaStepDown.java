package uk.steppingstones.report.cla;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code cla_step_down}: per FY, children_stepped_down (distinct children with a step-down event
 * in the FY, {@link StepDownEvents}), with_ss (of them, those with an involvement open on their
 * first event in the FY) and pct. FYs run from the first FY with an event through FY(A).
 */
public final class ClaStepDown implements ReportTable {
  @Override
  public String name() {
    return "cla_step_down";
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return YearCounts.of(in, StepDownEvents.firstInYear(in), "children_stepped_down");
  }
}
