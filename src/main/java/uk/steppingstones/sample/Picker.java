package uk.steppingstones.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Picks the records a messy case is planted on, never the same child or form twice. */
final class Picker {
  private final Dice dice;
  private final Set<Object> used = new HashSet<>();

  Picker(Dice dice) {
    this.dice = dice;
  }

  <T> T pick(List<T> items, Predicate<T> test, String what) {
    List<T> matches = items.stream().filter(test).toList();
    if (matches.isEmpty())
      throw new IllegalStateException("no " + what + " to plant a messy case on; scale too small?");
    T chosen = dice.pick(matches);
    used.add(chosen);
    if (chosen instanceof Involvement inv) used.add(inv.child);
    if (chosen instanceof Claim k) used.add(k.form());
    return chosen;
  }

  boolean unused(Object o) {
    return !used.contains(o);
  }
}
