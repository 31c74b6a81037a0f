package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** Reference list of team groups kept by analysts. */
public final class TeamGroup extends DatasetContract {
  @Override
  public String name() {
    return "team_group";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("TeamName", "team_name", TEXT),
        required("TeamGroup", "team_group", TEXT));
  }
}
