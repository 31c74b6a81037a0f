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
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A child's Public Law Outline (PLO) pre-proceedings";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PLOID", "plo_id", ID, "LCS PLO id"),
        required("PersonID", "person_id", ID, "The child"),
        required("StartDate", "start_date", DATE, "Day pre-proceedings began"),
        optional("EndDate", "end_date", DATE, "Day pre-proceedings ended; no value while open"),
        optional("Outcome", "outcome", TEXT, "Issue or StepDown"));
  }
}
