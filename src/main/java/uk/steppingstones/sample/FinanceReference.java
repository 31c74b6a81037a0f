package uk.steppingstones.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.steppingstones.landing.PlacementCategory;

/** Finance's reference tables: unit cost per FY and category, and the monthly savings target. */
final class FinanceReference {
  /** Annual savings target by FY, in pounds (£3.1m in 2024-25, annual report). */
  private static final long[] ANNUAL_TARGET = {1_500_000, 2_000_000, 2_600_000, 3_100_000};

  private final Sources sources;
  private final Dice dice;

  FinanceReference(Sources sources, Dice dice) {
    this.sources = sources;
    this.dice = dice;
  }

  void write() {
    for (int fy = 0; fy < Timeline.YEARS; fy++) {
      var setInMarch =
          Timeline.officeHours(Timeline.fyStart(fy).minusDays(dice.between(5, 25)), dice);
      unitCosts(fy, setInMarch);
      targets(fy, setInMarch);
    }
  }

  private void unitCosts(int fy, java.time.LocalDateTime at) {
    Formats f = sources.formats();
    for (PlacementCategory category : PlacementCategory.values()) {
      // An internal home costs the same however full it is: no saving when a child leaves it.
      boolean counts = category != PlacementCategory.INTRES;
      sources.add(
          SampleDatasets.UNIT_COST,
          at,
          Sources.row(
              "FinancialYear", Timeline.fyLabel(fy),
              "PlacementCategory", category.name(),
              "WeeklyCost", f.money(BigDecimal.valueOf(Money.UNIT.get(category.name())[fy])),
              "CountsForSavings", f.yesNo(counts)));
    }
  }

  /** The year's target spread over its months, rising towards March; pennies add up exactly. */
  private void targets(int fy, java.time.LocalDateTime at) {
    Formats f = sources.formats();
    long totalPence = ANNUAL_TARGET[fy] * 100;
    double weightSum = 0;
    for (int m = 0; m < 12; m++) weightSum += weight(m);
    long given = 0;
    LocalDate first = Timeline.fyStart(fy);
    for (int m = 0; m < 12; m++) {
      long pence = m == 11 ? totalPence - given : Math.round(totalPence * weight(m) / weightSum);
      given += pence;
      sources.add(
          SampleDatasets.SAVINGS_TARGET,
          at,
          Sources.row(
              "FinancialYear", Timeline.fyLabel(fy),
              "Month", YearMonth.from(first.plusMonths(m)).toString(),
              "TargetAmount", f.money(BigDecimal.valueOf(pence, 2))));
    }
  }

  private static double weight(int monthOfFy) {
    return 0.8 + 0.4 * monthOfFy / 11.0;
  }
}
