package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded randomness with the few shapes the generator needs. Every part of the generator draws from
 * its own Dice (split from one seed in a fixed order), so the output depends only on seed and
 * scale.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this(new SplittableRandom(seed));
  }

  private Dice(SplittableRandom random) {
    this.random = random;
  }

  /** An independent stream for one part of the generator. */
  Dice split() {
    return new Dice(random.split());
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Uniform whole number in [from, to], both included. */
  int between(int from, int to) {
    return to <= from ? from : from + random.nextInt(to - from + 1);
  }

  double uniform() {
    return random.nextDouble();
  }

  /** Uniform day in [from, to], both included. */
  LocalDate day(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Picks item i with probability weights[i] / sum(weights). */
  <T> T weighted(List<T> items, double... weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = random.nextDouble() * total;
    for (int i = 0; i < items.size(); i++) {
      r -= weights[i];
      if (r < 0) return items.get(i);
    }
    return items.get(items.size() - 1);
  }

  /** A right-skewed positive value: log-normal with the given median and spread. */
  double skewed(double median, double sigma) {
    return median * Math.exp(sigma * gaussian());
  }

  /** Count of events with the given mean (Poisson, small means only). */
  int poisson(double mean) {
    double limit = Math.exp(-mean);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }

  private double gaussian() {
    // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
