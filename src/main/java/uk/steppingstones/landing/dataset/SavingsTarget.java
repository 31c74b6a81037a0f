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
  protected String row() {
    return "financial year and month";
  }

  @Override
  protected String about() {
    return "The saving expected in each month; the running target is its sum over the financial year.";
  }

  @Override
  public Source source() {
    return Source.FINANCE;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FinancialYear", "financial_year", FINANCIAL_YEAR,
            "The financial year, written like 2024-25 (the report places a target by its month)."),
        required("Month", "month", MONTH,
            "The month, as its first day (written yyyy-MM in the extract)."),
        required("TargetAmount", "target_amount", MONEY,
            "The saving expected in the month, in pounds."));
  }

  @Override
  public List<String> key() {
    return List.of("financial_year", "month");
  }
}
