package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** The saving expected in each month; the running target is its sum over the financial year. */
public final class SavingsTarget extends DatasetContract {
  @Override
  public String name() {
    return "savings_target";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FinancialYear", "financial_year", FINANCIAL_YEAR),
        required("Month", "month", MONTH),
        required("TargetAmount", "target_amount", MONEY));
  }

  @Override
  public List<String> key() {
    return List.of("financial_year", "month");
  }
}
