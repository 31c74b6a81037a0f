package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** Allocated social work team history. */
public final class TeamAllocation extends DatasetContract {
  @Override
  public String name() {
    return "team_allocation";
  }

  @Override
  protected String row() {
    return "team allocation (AllocationID)";
  }

  @Override
  protected String about() {
    return "The history of each child's allocated social work team.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AllocationID", "allocation_id", ID,
            "LCS allocation id."),
        required("PersonID", "person_id", ID,
            "The child (the surviving person after merges)."),
        required("TeamName", "team_name", TEXT,
            "The team, as the allocation spells it."),
        required("StartDate", "start_date", DATE,
            "The day the allocation started."),
        optional("EndDate", "end_date", DATE,
            "The day it ended; empty while open."));
  }
}
