package uk.steppingstones.sample;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Id sequences, one per kind of record: numeric text with the small gaps a live system leaves.
 * Person ids are unique across the council, whichever part of the generator makes the person.
 */
final class Ids {
  private static final Map<String, Long> FIRST =
      Map.ofEntries(
          Map.entry("person", 100_000L),
          Map.entry("family", 900_000L),
          Map.entry("involvement", 20_000L),
          Map.entry("form", 300_000L),
          // Answer ids start at a million so a 6-digit id planted next to them sorts differently as
          // text than as a number (the tie-break of duplicate answers).
          Map.entry("answer", 1_000_000L),
          Map.entry("referral", 40_000L),
          Map.entry("workspace", 45_000L),
          Map.entry("meeting", 47_000L),
          Map.entry("episode", 500_000L),
          Map.entry("cp", 60_000L),
          Map.entry("cin", 65_000L),
          Map.entry("plo", 7_000L),
          Map.entry("allocation", 750_000L),
          Map.entry("cost", 80_000L));

  private final Dice dice;
  private final Map<String, Long> next = new LinkedHashMap<>();

  Ids(Dice dice) {
    this.dice = dice;
  }

  String next(String kind) {
    long id =
        next.computeIfAbsent(
            kind,
            k -> {
              Long first = FIRST.get(k);
              if (first == null) throw new IllegalArgumentException("no id sequence " + k);
              return first;
            });
    // Answers are bulk-inserted (consecutive); other records leave gaps of deleted drafts.
    next.put(kind, id + (kind.equals("answer") ? 1 : dice.between(1, 4)));
    return Long.toString(id);
  }
}
