package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** Public Law Outline pre-proceedings. */
public final class Plo extends DatasetContract {
  @Override
  public String name() {
    return "plo";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PLOID", "plo_id", ID),
        required("PersonID", "person_id", ID),
        required("StartDate", "start_date", DATE),
        optional("EndDate", "end_date", DATE),
        optional("Outcome", "outcome", TEXT));
  }
}
