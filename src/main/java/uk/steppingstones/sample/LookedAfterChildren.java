package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The council's other looked-after children, who never work with Stepping Stones: some in care
 * since before the service began, the rest coming into care during the four years. They give the
 * CLA tables their denominators (children entering care, stepping down, leaving at 18).
 */
final class LookedAfterChildren {
  private static final double CHILDREN = 500;
  private static final LocalDate LONG_AGO = LocalDate.of(2012, 1, 1);

  /** Age on entering care: many babies, many teenagers. */
  private static final double[] ENTRY_AGE = {14, 5, 5, 5, 5, 4, 4, 4, 4, 4, 6, 6, 6, 6, 6, 6, 5, 2};

  private static final List<Integer> AGES = IntStream.range(0, 18).boxed().toList();

  private final Council council;
  private final Dice dice;

  LookedAfterChildren(Council council, Dice dice) {
    this.council = council;
    this.dice = dice;
  }

  void run() {
    int n = council.scaled(CHILDREN);
    for (int i = 0; i < n; i++) {
      boolean longStanding = dice.chance(0.4);
      LocalDate start =
          longStanding
              ? dice.day(LONG_AGO, Timeline.fyStart(0).minusDays(1))
              : dice.day(Timeline.fyStart(0), Timeline.AS_OF);
      int age = dice.weighted(AGES, ENTRY_AGE);
      // Still a child when the sample begins.
      if (longStanding)
        age = Math.min(age, Math.max(0, 16 - (Timeline.FIRST_FY - start.getYear())));
      Child c = council.people.newChild(council.people.newFamily(false), start, age);
      council.teams.allocate(c, start);
      if (dice.chance(0.3) && start.minusDays(60).isAfter(c.dateOfBirth)) {
        council.plans.childProtection(
            c,
            Timeline.latest(c.dateOfBirth.plusDays(1), start.minusDays(dice.between(60, 300))),
            start);
      }
      CareHistory.Period p = period(c, start);
      if (p.end() != null && dice.chance(0.12)) {
        LocalDate again = p.end().plusDays(dice.between(30, 500));
        if (again.isBefore(Timeline.AS_OF) && again.isBefore(c.eighteenth().minusMonths(2)))
          period(c, again);
      }
    }
  }

  /** One period of care: a few moves, perhaps home to parents, then an ending (or still open). */
  private CareHistory.Period period(Child c, LocalDate start) {
    CareHistory care = council.care;
    int age = c.ageOn(start);
    CareHistory.Placement first =
        dice.chance(0.03)
            ? care.placement("HOME")
            : dice.chance(0.15)
                ? care.unpricedPlacement()
                : care.placement(care.entryCategory(age));
    CareHistory.Period p = care.begin(c, start, first);
    LocalDate end = start.plusDays(Math.round(dice.skewed(600, 0.9)));
    for (LocalDate d = start.plusDays(dice.between(60, 700));
        d.isBefore(end);
        d = d.plusDays(dice.between(60, 700))) {
      care.move(p, d, care.placement(care.entryCategory(c.ageOn(d))));
    }
    if (!end.isAfter(Timeline.AS_OF) && end.isBefore(c.eighteenth())) {
      String reason = care.otherEndReason(c.ageOn(end));
      if (reason.startsWith("E1") && !reason.equals("E13") && !reason.equals("E14")) {
        care.move(
            p,
            end.minusDays(dice.between(90, 300)),
            new CareHistory.Placement(dice.pick(List.of("A4", "A5")), null));
      } else if (dice.chance(0.15)) {
        care.move(p, end.minusDays(dice.between(30, 200)), care.placement("HOME"));
      }
      care.end(p, end, reason);
    }
    care.runOn(p, Timeline.AS_OF, 0);
    return p;
  }
}
