package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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

  /** The start set with each child's {@code team_name} and {@code team_group} on d. */
  static Dataset<Row> facts(ReportInputs in) {
    return Teams.withGroup(in, Teams.allocatedOn(in, StartSet.of(in), "d"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return facts(in)
        .groupBy("financial_year", "team_name", "team_group")
        .agg(count(lit(1)).as("children"))
        .orderBy("financial_year", "team_group", "team_name");
  }
}
