package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.PlacementCategory;
import uk.steppingstones.landing.RowRule;

/** Standard weekly cost of a placement category in a financial year. */
public final class UnitCost extends DatasetContract {
  @Override
  public String name() {
    return "unit_cost";
  }

  @Override
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  public String description() {
    return "The standard weekly cost of a placement category in a financial year";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FinancialYear", "financial_year", FINANCIAL_YEAR, "Written 2024-25: 1 April 2024 to 31 March 2025"),
        required("PlacementCategory", "placement_category", code(PlacementCategory.codes()), "See \"Placement categories\""),
        required("WeeklyCost", "weekly_cost", MONEY, "Pounds a week, 0 or more"),
        required("CountsForSavings", "counts_for_savings", YES_NO,
            "No for a category whose cost is fixed whatever its occupancy (such as internal residential homes): "
                + "leaving it saves nothing"));
  }

  @Override
  public List<String> key() {
    return List.of("financial_year", "placement_category");
  }

  @Override
  public List<RowRule> rowRules() {
    return List.of(new RowRule("WeeklyCost", "negative money", v -> v.apply("weekly_cost").lt(0)));
  }
}
