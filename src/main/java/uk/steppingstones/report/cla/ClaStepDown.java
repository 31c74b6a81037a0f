package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.col;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Detail;
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
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of the step-down event",
        "Children who stepped down from care, and how many of them were working with Stepping Stones at the time. "
            + "A step-down event is the end of a period of care (the child ceased to be looked after; its last "
            + "episode's EndDate) or a move home to parents: an episode with PlacementType P1 whose previous "
            + "episode in the same period is not P1 (its StartDate; a period that opens with P1 is an entry, not a "
            + "move). Events on or after the day one month before the child's 18th birthday, or after the as-of "
            + "date, do not count. " + years("a step-down event") + " A year with none is 0.",
        financialYear("the event"),
        children("children_stepped_down", "Distinct children with a step-down event in the year."),
        children("with_ss", "Of them, the children with a Stepping Stones involvement open on the day of their first "
            + "event in the year (the earliest, then the one of the earlier period)."),
        pct("pct", "with_ss", "children_stepped_down"));
  }

  /** Each child's first step-down event in the year, and for with_ss the involvement open that day. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(StepDownEvents.firstInYear(in),
        figure("children_stepped_down", Detail.EPISODE, "episode_id", "event_date", StepDownEvents.DATED),
        figure("with_ss", Detail.INVOLVEMENT, "ss_involvement_id", "event_date",
            "the day of the child's first step-down event in the year (the involvement was open on it)").where(col("with_ss")));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return YearCounts.of(in, StepDownEvents.firstInYear(in), "children_stepped_down");
  }
}
