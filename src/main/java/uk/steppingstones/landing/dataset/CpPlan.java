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
  protected String row() {
    return "child protection plan (PlanID)";
  }

  @Override
  protected String about() {
    return "Child protection plans: a plan open on a day makes the child's legal status CP that day, unless they "
        + "are looked after.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return Plans.columns();
  }
}
