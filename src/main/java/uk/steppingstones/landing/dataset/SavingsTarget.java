package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
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
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  public String description() {
    return "The saving expected in one month; the running target is its sum over the financial year";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FinancialYear", "financial_year", FINANCIAL_YEAR, "Written 2024-25, the year the month belongs to"),
        required("Month", "month", MONTH, "Written yyyy-MM, e.g. 2024-04"),
        required("TargetAmount", "target_amount", MONEY, "Pounds expected to be saved in that month"));
  }

  @Override
  public List<String> key() {
    return List.of("financial_year", "month");
  }
}
