package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.START_SET;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.StartSet;
import uk.steppingstones.report.Teams;

/**
 * {@code allocated_team_at_start}: per FY and team, the children of the FY's start set
 * ({@link StartSet}) whose allocated team on d it was ({@link Teams#allocatedOn}: the allocation
 * open on d with the latest StartDate, then the larger AllocationID; none: {@code Unallocated}),
 * with the team's group ({@link Teams#withGroup}: matched ignoring case; missing: {@code Other}).
 * Only teams with children have a row.
 */
public final class AllocatedTeamAtStart implements ReportTable {
  @Override
  public String name() {
    return "allocated_team_at_start";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year and allocated social work team, teams with children only",
        "The social work team the children starting with Stepping Stones were allocated to. " + START_SET
            + " The allocated team on d is the team_allocation open on d with the latest StartDate (then the larger "
            + "AllocationID); with none open the child is Unallocated. Only teams with children have a row, so a "
            + "year has rows only where its start set has children.",
        financialYear("the involvement start (the start set's year)"),
        key("team_name", "The team as the allocation spells it, or Unallocated."),
        key("team_group", "The team's group from the analysts' team_group list, matched ignoring case and "
            + "surrounding spaces; Other when the team is not listed; Unallocated for Unallocated."),
        children("children", "Children of the year's start set allocated to this team on d."));
  }

  /** The start set with each child's {@code team_name} and {@code team_group} on d. */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("allocated_team_at_start.facts",
        () -> Teams.withGroup(in, Teams.allocatedOn(in, StartSet.of(in), "d")));
  }

  /** The start set's involvement of each child. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children", Detail.INVOLVEMENT, "involvement_id", "d", "the start set's d: the StartDate of the child's earliest involvement starting in the year"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return facts(in)
        .groupBy("financial_year", "team_name", "team_group")
        .agg(count(lit(1)).as("children"))
        .orderBy("financial_year", "team_group", "team_name");
  }
}
