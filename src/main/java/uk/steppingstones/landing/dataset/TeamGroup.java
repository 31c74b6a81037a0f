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
  protected String row() {
    return "team (TeamName)";
  }

  @Override
  protected String about() {
    return "The analysts' reference list of social work teams and their groups (e.g. Assessment, Case Management, "
        + "CLA Permanency). Teams are matched to it ignoring case and surrounding spaces.";
  }

  @Override
  public Source source() {
    return Source.ANALYSTS;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("TeamName", "team_name", TEXT,
            "The team, as the list spells it."),
        required("TeamGroup", "team_group", TEXT,
            "The team's group."));
  }
}
