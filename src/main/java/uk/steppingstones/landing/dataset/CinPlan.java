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
  protected String row() {
    return "child-in-need plan (PlanID)";
  }

  @Override
  protected String about() {
    return "Child-in-need plans: a plan open on a day makes the child's legal status CIN that day, unless they "
        + "are looked after or on a child protection plan.";
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
