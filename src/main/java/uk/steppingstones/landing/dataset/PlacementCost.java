package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
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
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  public String description() {
    return "The actual weekly cost of a child's placement over a period";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PlacementCostID", "placement_cost_id", ID, "Finance system id of the cost record"),
        required("PersonID", "person_id", ID, "The child (LCS person id)"),
        required("PlacementCategory", "placement_category", code(PlacementCategory.codes()), "See \"Placement categories\""),
        required("StartDate", "start_date", DATE, "First day at this cost"),
        optional("EndDate", "end_date", DATE, "Last day at this cost; no value while it goes on"),
        required("WeeklyCost", "weekly_cost", MONEY, "Pounds a week, 0 or more"));
  }

  @Override
  public List<RowRule> rowRules() {
    return List.of(new RowRule("WeeklyCost", "negative money", v -> v.apply("weekly_cost").lt(0)));
  }
}
