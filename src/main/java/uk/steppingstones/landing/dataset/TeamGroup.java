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
  public Source source() {
    return Source.ANALYSTS;
  }

  @Override
  public String description() {
    return "Which group each social work team belongs to; a reference list kept by analysts";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("TeamName", "team_name", TEXT,
            "A team name as allocations and referrals spell it (matched ignoring case and surrounding spaces)"),
        required("TeamGroup", "team_group", TEXT,
            "Its group, e.g. Assessment, Case Management, CLA Permanency, Disabled Children's Team, Early Help"));
  }
}
