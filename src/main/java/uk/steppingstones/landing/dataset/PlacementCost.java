package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.PlacementCategory;
import uk.steppingstones.landing.RowRule;

/** Actual weekly cost of a child's placement, from the finance system. */
public final class PlacementCost extends DatasetContract {
  @Override
  public String name() {
    return "placement_cost";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PlacementCostID", "placement_cost_id", ID),
        required("PersonID", "person_id", ID),
        required("PlacementCategory", "placement_category", code(PlacementCategory.codes())),
        required("StartDate", "start_date", DATE),
        optional("EndDate", "end_date", DATE),
        required("WeeklyCost", "weekly_cost", MONEY));
  }

  @Override
  public List<RowRule> rowRules() {
    return List.of(new RowRule("WeeklyCost", "negative money", v -> v.apply("weekly_cost").lt(0)));
  }
}
