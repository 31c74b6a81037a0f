package uk.steppingstones.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Periods of care, SSDA903 style: a period is a run of contiguous episodes (the next starts the day
 * the previous ends, REC X1). Periods are built in date order while the simulation runs, then
 * written as cla_episode rows and, for placements finance pays for, placement_cost rows.
 */
final class CareHistory {
  /** Finance history goes back to here; older placements have no cost rows. */
  private static final LocalDate FINANCE_FROM = LocalDate.of(2019, 4, 1);

  /** One placement: its 903 code and the finance category that pays for it (null: none). */
  record Placement(String code, String category) {
    boolean isHome() {
      return code.equals("P1");
    }
  }

  /** One episode: a placement under one legal status. */
  static final class Stay {
    final Placement placement;
    final LocalDate start;
    final String legalStatus;
    final String reasonNew;
    LocalDate end;
    String reasonCeased;

    Stay(Placement placement, LocalDate start, String legalStatus, String reasonNew) {
      this.placement = placement;
      this.start = start;
      this.legalStatus = legalStatus;
      this.reasonNew = reasonNew;
    }
  }

  /** A period of care; open while its last episode has no end. */
  static final class Period {
    final Child child;
    final List<Stay> stays = new ArrayList<>();

    Period(Child child) {
      this.child = child;
    }

    LocalDate start() {
      return stays.get(0).start;
    }

    LocalDate end() {
      return current().end;
    }

    Stay current() {
      return stays.get(stays.size() - 1);
    }

    boolean isOpenOn(LocalDate d) {
      return !d.isBefore(start()) && (end() == null || !d.isAfter(end()));
    }
  }

  private final Sources sources;
  private final Ids ids;
  private final Dice dice;

  CareHistory(Sources sources, Ids ids, Dice dice) {
    this.sources = sources;
    this.ids = ids;
    this.dice = dice;
  }

  /** A 903 placement code for a finance category, or HOME (placed with parents, P1). */
  Placement placement(String category) {
    return switch (category) {
      case "EXTRES", "INTRES" -> new Placement("K2", category);
      case "EXTFOST" -> new Placement(dice.pick(List.of("U4", "U5", "U6")), category);
      case "INTFOST" ->
          new Placement(
              dice.weighted(List.of("U1", "U2", "U3", "U4", "U5", "U6"), 10, 10, 10, 25, 25, 20),
              category);
      case "SUPPACC" -> new Placement("H5", category);
      case "PACRES" -> new Placement("R3", category);
      case "HOME" -> new Placement("P1", null);
      default -> throw new IllegalArgumentException(category);
    };
  }

  /**
   * A placement finance does not cost per child: temporary, secure, hospital, school, custody,
   * other.
   */
  Placement unpricedPlacement() {
    return new Placement(
        dice.weighted(List.of("T0", "T4", "R1", "Z1", "K1", "S1", "R5"), 30, 15, 10, 15, 10, 12, 8),
        null);
  }

  /** Where a child entering care is placed, by age. */
  String entryCategory(int age) {
    if (age < 1) return dice.weighted(List.of("PACRES", "EXTFOST", "INTFOST"), 30, 30, 40);
    if (age >= 16)
      return dice.weighted(List.of("EXTRES", "EXTFOST", "INTFOST", "SUPPACC"), 35, 25, 20, 20);
    if (age >= 11)
      return dice.weighted(List.of("EXTRES", "INTRES", "EXTFOST", "INTFOST"), 30, 8, 30, 32);
    return dice.weighted(List.of("EXTRES", "EXTFOST", "INTFOST"), 8, 37, 55);
  }

  /** A new period of care starting on {@code start}. */
  Period begin(Child c, LocalDate start, Placement first) {
    Period p = new Period(c);
    String legal =
        dice.weighted(
            List.of("V2", "C1", "C2", "L2", "J2"), 38, 40, 16, 4, c.ageOn(start) >= 12 ? 2 : 0);
    p.stays.add(new Stay(first, start, legal, "S"));
    c.periodsOfCare.add(p);
    return p;
  }

  /** A move to another placement on {@code on}; ignored where it would not be a real move. */
  boolean move(Period p, LocalDate on, Placement to) {
    Stay from = p.current();
    if (from.end != null
        || !on.isAfter(from.start)
        || !on.isBefore(p.child.eighteenth())
        || on.isAfter(Timeline.AS_OF)) return false;
    from.end = on;
    from.reasonCeased = "X1";
    // An interim care order becomes a full care order at the final hearing, often with a move.
    boolean orderMade = from.legalStatus.equals("C1") && dice.chance(0.5);
    String legal = orderMade ? "C2" : from.legalStatus;
    String reason = orderMade ? "B" : dice.weighted(List.of("P", "T", "U"), 90, 7, 3);
    p.stays.add(new Stay(to, on, legal, reason));
    return true;
  }

  /** The period ends on {@code on} (the child ceased to be looked after). */
  boolean end(Period p, LocalDate on, String reasonCeased) {
    Stay last = p.current();
    if (last.end != null || !on.isAfter(last.start) || on.isAfter(Timeline.AS_OF)) return false;
    last.end = on;
    last.reasonCeased = reasonCeased;
    return true;
  }

  /** Why a period ends when the child goes home, by age. */
  String homeReason() {
    return dice.weighted(List.of("E4A", "E4B", "E13", "E41"), 65, 10, 15, 10);
  }

  /** A plausible ending for a period that ends for reasons other than a planned step down. */
  String otherEndReason(int age) {
    if (age < 3)
      return dice.weighted(List.of("E11", "E12", "E45", "E46", "E4A"), 35, 15, 20, 10, 20);
    if (age >= 16)
      return dice.weighted(
          List.of("E4A", "E5", "E6", "E8", "E9", "E16", "E13"), 30, 20, 10, 15, 8, 5, 12);
    return dice.weighted(
        List.of("E4A", "E4B", "E13", "E45", "E46", "E41", "E8", "E3", "E2"),
        35,
        8,
        12,
        15,
        12,
        8,
        6,
        2,
        2);
  }

  /**
   * How the rest of a period goes after the simulation leaves it: most stay open, some end or move
   * home later, and nobody stays looked after past their 18th birthday.
   */
  void runOn(Period p, LocalDate from, double chanceOfEnding) {
    if (p.end() != null) return;
    if (dice.chance(chanceOfEnding)) {
      LocalDate on = from.plusDays(Math.round(dice.skewed(300, 0.8)));
      if (dice.chance(0.15)) {
        move(p, on, placement("HOME"));
        on = on.plusDays(dice.between(60, 400));
      }
      if (on.isBefore(Timeline.AS_OF) && on.isBefore(p.child.eighteenth()))
        end(p, on, otherEndReason(p.child.ageOn(on)));
    }
    LocalDate eighteen = p.child.eighteenth();
    if (p.end() == null && !eighteen.isAfter(Timeline.AS_OF)) {
      // Leaving care at 18 (or in the weeks before): these do not count as step downs.
      LocalDate on = dice.chance(0.7) ? eighteen : eighteen.minusDays(dice.between(1, 25));
      end(p, on, dice.weighted(List.of("E17", "E5", "E6", "E8"), 35, 35, 15, 15));
    }
  }

  /** Writes every child's episodes and placement costs. */
  void write(List<Child> children) {
    for (Child c : children) {
      for (Period p : c.periodsOfCare) {
        for (Stay s : p.stays) {
          if (s.start.isAfter(Timeline.AS_OF)) continue;
          writeEpisodes(c, s);
          writeCosts(c, s);
        }
      }
    }
  }

  private void writeEpisodes(Child c, Stay s) {
    // A long interim care order ends in a full order: a new episode, same placement (RNE L).
    if (s.legalStatus.equals("C1") && length(s) > 240 && dice.chance(0.6)) {
      LocalDate orderMade = s.start.plusDays(dice.between(90, 200));
      writeEpisode(c, s.placement, s.start, orderMade, "C1", s.reasonNew, "X1");
      writeEpisode(c, s.placement, orderMade, s.end, "C2", "L", s.reasonCeased);
    } else {
      writeEpisode(c, s.placement, s.start, s.end, s.legalStatus, s.reasonNew, s.reasonCeased);
    }
  }

  private long length(Stay s) {
    LocalDate end = s.end == null ? Timeline.AS_OF : s.end;
    return end.toEpochDay() - s.start.toEpochDay();
  }

  private void writeEpisode(
      Child c, Placement pl, LocalDate start, LocalDate end, String legal, String rne, String rec) {
    Formats f = sources.formats();
    SourceRecord r =
        sources.add(
            SampleDatasets.CLA_EPISODE,
            Recording.of(start, dice),
            Sources.row(
                "EpisodeID",
                ids.next("episode"),
                "PersonID",
                c.personId,
                "StartDate",
                f.date(start),
                "EndDate",
                f.optionalDate(null),
                "LegalStatus",
                legal,
                "PlacementType",
                pl.code(),
                "ReasonNewEpisode",
                rne,
                "ReasonEpisodeCeased",
                ""));
    if (end != null) {
      sources.change(
          r,
          Recording.of(end, dice),
          Sources.row("EndDate", f.date(end), "ReasonEpisodeCeased", rec));
    }
  }

  /**
   * Finance pays nightly: a cost row runs to the night before the move, one row per year's rate.
   */
  private void writeCosts(Child c, Stay s) {
    String category = s.placement.category();
    if (category == null || dice.chance(0.08)) return; // some placements never reach finance
    LocalDate lastNight = s.end == null ? null : s.end.minusDays(1);
    LocalDate from = Timeline.latest(s.start, FINANCE_FROM);
    if (lastNight != null && lastNight.isBefore(from)) return;
    BigDecimal weekly = Money.actualWeeklyCost(category, dice);
    while (true) {
      LocalDate nextApril =
          LocalDate.of(from.getMonthValue() >= 4 ? from.getYear() + 1 : from.getYear(), 4, 1);
      boolean last =
          nextApril.isAfter(Timeline.AS_OF) || (lastNight != null && lastNight.isBefore(nextApril));
      writeCost(c, category, from, last ? lastNight : nextApril.minusDays(1), weekly);
      if (last) return;
      from = nextApril;
      weekly = Money.uplift(weekly, dice);
    }
  }

  private void writeCost(
      Child c, String category, LocalDate start, LocalDate end, BigDecimal weekly) {
    Formats f = sources.formats();
    SourceRecord r =
        sources.add(
            SampleDatasets.PLACEMENT_COST,
            Recording.of(start, dice),
            Sources.row(
                "PlacementCostID", ids.next("cost"),
                "PersonID", c.personId,
                "PlacementCategory", category,
                "StartDate", f.date(start),
                "EndDate", f.optionalDate(null),
                "WeeklyCost", f.money(weekly)));
    if (end != null)
      sources.change(r, Recording.of(end.plusDays(1), dice), Sources.row("EndDate", f.date(end)));
  }
}
