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
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AllocationID", "allocation_id", ID),
        required("PersonID", "person_id", ID),
        required("TeamName", "team_name", TEXT),
        required("StartDate", "start_date", DATE),
        optional("EndDate", "end_date", DATE));
  }
}
