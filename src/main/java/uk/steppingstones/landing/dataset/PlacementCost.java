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
  protected String row() {
    return "placement cost (PlacementCostID)";
  }

  @Override
  protected String about() {
    return "The actual weekly cost of each child's placement, from the finance system. A negative WeeklyCost is "
        + "quarantined.";
  }

  @Override
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PlacementCostID", "placement_cost_id", ID,
            "Finance system id of the cost line."),
        required("PersonID", "person_id", ID,
            "The child (the surviving person after merges)."),
        required("PlacementCategory", "placement_category", code(PlacementCategory.codes()),
            "EXTRES External Residential, INTRES Internal Residential, EXTFOST External Fostering, INTFOST "
                + "Internal Fostering, SUPPACC Supported Accommodation, PACRES Parent and Child Residential."),
        required("StartDate", "start_date", DATE,
            "The first day the cost applies."),
        optional("EndDate", "end_date", DATE,
            "The last day it applies; empty while open."),
        required("WeeklyCost", "weekly_cost", MONEY,
            "The cost per week in pounds."));
  }

  @Override
  public List<RowRule> rowRules() {
    return List.of(new RowRule("WeeklyCost", "negative money", v -> v.apply("weekly_cost").lt(0)));
  }
}
