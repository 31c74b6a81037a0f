package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Children entering pre-proceedings (PLO). About 30% had worked with Stepping Stones before, and
 * 10-20% are first opened to the service during PLO (annual report, "PLO"); the rest never work
 * with it. Most PLO families are referred for a family group conference; some PLOs end in care
 * proceedings and the child comes into care.
 */
final class PublicLawOutline {
  private static final double[] STARTS = {115, 135, 130, 148};
  private static final double INVOLVED_BEFORE = 0.29;
  private static final double[] FIRST_OPENED_DURING = {0.14, 0.14, 0.12, 0.08};
  private static final List<Integer> AGES = IntStream.range(0, 18).boxed().toList();

  private final Council council;
  private final FamilyGroupConferences fgc;
  private final Dice dice;
  private final Set<String> inPlo = new LinkedHashSet<>();
  private boolean twoRecordsPlanted;

  PublicLawOutline(Council council, FamilyGroupConferences fgc, Dice dice) {
    this.council = council;
    this.fgc = fgc;
    this.dice = dice;
  }

  void run() {
    for (int fy = 0; fy < Timeline.YEARS; fy++) {
      int n = council.scaled(STARTS[fy]);
      for (int i = 0; i < n; i++) {
        double r = dice.uniform();
        boolean planted =
            (r < INVOLVED_BEFORE && involvedBefore(fy))
                || (r >= INVOLVED_BEFORE
                    && r < INVOLVED_BEFORE + FIRST_OPENED_DURING[fy]
                    && firstOpenedDuring(fy));
        if (!planted) newToServices(fy);
      }
    }
  }

  /** A child who had an involvement before entering PLO. */
  private boolean involvedBefore(int fy) {
    for (int tries = 0; tries < 30; tries++) {
      Involvement inv = dice.pick(council.involvements);
      LocalDate p = Timeline.latest(Timeline.fyStart(fy), inv.start.plusDays(dice.between(1, 400)));
      if (Timeline.fy(p) != fy
          || p.isAfter(Timeline.AS_OF)
          || inv.child.ageOn(p) >= 17
          || inPlo.contains(inv.child.personId)) continue;
      start(inv.child, p, false);
      return true;
    }
    return false;
  }

  /** A child first opened to Stepping Stones while in PLO: the involvement starts after P. */
  private boolean firstOpenedDuring(int fy) {
    List<Involvement> firsts = new ArrayList<>();
    for (Involvement inv : council.involvements) {
      if (Timeline.fy(inv.start) == fy
          && inv.child.involvements.get(0) == inv
          && !inPlo.contains(inv.child.personId)) firsts.add(inv);
    }
    if (firsts.isEmpty()) return false;
    Involvement inv = dice.pick(firsts);
    LocalDate p = inv.start.minusDays(dice.between(5, 60));
    if (!p.isAfter(inv.child.dateOfBirth)) return false;
    LocalDate end = inv.start.plusDays(dice.between(10, 120));
    plo(inv.child, p, end, false);
    return true;
  }

  private void newToServices(int fy) {
    LocalDate from = Timeline.fyStart(fy);
    LocalDate p = dice.day(from, Timeline.fyEnd(fy));
    int age = dice.weighted(AGES, 9, 7, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 4, 4, 3, 1);
    Child c =
        council.people.newChild(
            council.people.newFamily(false), p.minusDays(dice.between(30, 300)), age);
    council.plans.childProtection(
        c,
        Timeline.latest(c.dateOfBirth.plusDays(1), p.minusDays(dice.between(30, 300))),
        p.plusDays(dice.between(60, 400)));
    start(c, p, true);
  }

  private void start(Child c, LocalDate p, boolean mayComeIntoCare) {
    LocalDate end = p.plusDays(dice.between(56, 200));
    String outcome = plo(c, p, end, mayComeIntoCare);
    if (!twoRecordsPlanted && Timeline.fy(p) == 3 && end.isBefore(Timeline.AS_OF)) {
      // LCS holds two PLO records starting the same day for one child: the later end counts.
      council.plans.plo(c, p, end.plusDays(dice.between(10, 40)), outcome);
      twoRecordsPlanted = true;
    }
  }

  /** Records the PLO; returns its outcome. */
  private String plo(Child c, LocalDate p, LocalDate end, boolean mayComeIntoCare) {
    inPlo.add(c.personId);
    council.teams.allocate(c, p);
    String outcome = dice.weighted(List.of("Issue", "StepDown", ""), 40, 55, 5);
    council.plans.plo(c, p, end, outcome);
    if (dice.chance(0.55)) fgc.refer(c, p.plusDays(dice.between(0, 30)));
    LocalDate free = c.freeOfCareFrom();
    if (mayComeIntoCare && outcome.equals("Issue") && free != null && dice.chance(0.7)) {
      LocalDate on = end.plusDays(dice.between(0, 40));
      if (on.isAfter(free) && on.isBefore(Timeline.AS_OF) && on.isBefore(c.eighteenth())) {
        CareHistory.Period period =
            council.care.begin(
                c, on, council.care.placement(council.care.entryCategory(c.ageOn(on))));
        council.care.runOn(period, on, 0.35);
      }
    }
    return outcome;
  }
}
