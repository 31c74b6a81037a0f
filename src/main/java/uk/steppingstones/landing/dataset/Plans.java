package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.DATE;
import static uk.steppingstones.landing.ValueType.ID;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;

/** Child protection and child-in-need plans share one shape. */
final class Plans {
  private Plans() {}

  static List<ContractColumn> columns() {
    return List.of(
        required("PlanID", "plan_id", ID, "LCS plan id"),
        required("PersonID", "person_id", ID, "The child"),
        required("StartDate", "start_date", DATE, "Day the plan started"),
        optional("EndDate", "end_date", DATE, "Day the plan ended; no value while open"));
  }
}
