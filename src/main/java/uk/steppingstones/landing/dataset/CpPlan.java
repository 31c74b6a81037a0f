package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** A child protection plan. */
public final class CpPlan extends DatasetContract {
  @Override
  public String name() {
    return "cp_plan";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A child protection plan";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return Plans.columns();
  }
}
