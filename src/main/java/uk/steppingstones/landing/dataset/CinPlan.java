package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** A child-in-need plan. */
public final class CinPlan extends DatasetContract {
  @Override
  public String name() {
    return "cin_plan";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A child-in-need plan";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return Plans.columns();
  }
}
