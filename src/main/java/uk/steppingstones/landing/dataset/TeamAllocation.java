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
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A period in which a child was allocated to a social work team (the allocation history)";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AllocationID", "allocation_id", ID, "LCS allocation id"),
        required("PersonID", "person_id", ID, "The child"),
        required("TeamName", "team_name", TEXT, "The team, spelt as reported; grouped through team_group"),
        required("StartDate", "start_date", DATE, "Day the allocation started"),
        optional("EndDate", "end_date", DATE, "Day the allocation ended; no value while open"));
  }
}
