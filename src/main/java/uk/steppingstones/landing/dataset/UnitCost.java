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
  protected String row() {
    return "financial year and placement category";
  }

  @Override
  protected String about() {
    return "The standard weekly cost of each placement category in each financial year: a claim's cost when the "
        + "child has no placement_cost of the category open on the day, and always for a placement avoided.";
  }

  @Override
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FinancialYear", "financial_year", FINANCIAL_YEAR,
            "The financial year, written like 2024-25."),
        required("PlacementCategory", "placement_category", code(PlacementCategory.codes()),
            "The placement category code (EXTRES, INTRES, EXTFOST, INTFOST, SUPPACC, PACRES)."),
        required("WeeklyCost", "weekly_cost", MONEY,
            "The standard cost per week in pounds."),
        required("CountsForSavings", "counts_for_savings", YES_NO,
            "No for a category whose cost is fixed whatever its occupancy (such as internal residential homes): a "
                + "claim saving it saves 0.00."));
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
