package uk.steppingstones.report;

import java.util.List;
import uk.steppingstones.report.finance.ClaimExceptions;
import uk.steppingstones.report.finance.ClaimSavings;
import uk.steppingstones.report.finance.HeadlineSummary;
import uk.steppingstones.report.finance.MonthlySavings;
import uk.steppingstones.report.finance.SavingsByPlacement;

/** The registry of gold tables the nightly job builds and exports. */
public final class ReportTables {
  private ReportTables() {}

  public static final List<ReportTable> ALL =
      List.of(
          new ClaimSavings(),
          new MonthlySavings(),
          new SavingsByPlacement(),
          new HeadlineSummary(),
          new ClaimExceptions());
}
