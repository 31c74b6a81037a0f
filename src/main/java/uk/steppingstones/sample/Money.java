package uk.steppingstones.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Placement costs: what finance pays per child, and the standard unit cost per year. */
final class Money {
  private Money() {}

  /** Range of actual weekly costs per category, in pounds. */
  private static final Map<String, int[]> ACTUAL =
      Map.of(
          "EXTRES", new int[] {4500, 7500},
          "INTRES", new int[] {3300, 3800},
          "EXTFOST", new int[] {800, 1050},
          "INTFOST", new int[] {380, 520},
          "SUPPACC", new int[] {1500, 2500},
          "PACRES", new int[] {2700, 3300});

  /** Standard weekly cost per category for 2021-22 .. 2024-25. */
  static final Map<String, int[]> UNIT =
      Map.of(
          "EXTRES", new int[] {5200, 5600, 6000, 6400},
          "INTRES", new int[] {3200, 3350, 3500, 3650},
          "EXTFOST", new int[] {850, 880, 920, 960},
          "INTFOST", new int[] {400, 420, 450, 470},
          "SUPPACC", new int[] {1600, 1750, 1900, 2050},
          "PACRES", new int[] {2800, 2950, 3100, 3250});

  static BigDecimal actualWeeklyCost(String category, Dice dice) {
    int[] range = ACTUAL.get(category);
    return BigDecimal.valueOf(dice.between(range[0] * 100, range[1] * 100), 2);
  }

  /** The yearly rise of a placement's rate on 1 April. */
  static BigDecimal uplift(BigDecimal weekly, Dice dice) {
    return weekly
        .multiply(BigDecimal.valueOf(100 + dice.between(2, 5), 2))
        .setScale(2, RoundingMode.HALF_UP);
  }
}
