package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.List;
import uk.steppingstones.landing.FormType;

/**
 * What the council's records show about a referred family: their legal status when the involvement
 * starts, and what happens during it. Looked-after children may step down (a STEPDOWN claim), avoid
 * a costlier placement (AVOIDINC) or leave care without a claim; others may come into care anyway,
 * or avoid it (an AVOID claim) and sometimes step up later. Siblings referred together share one
 * story.
 */
final class Outcomes {
  /** Chance a looked-after family steps down during the involvement, by FY of referral. */
  private static final double[] STEP_DOWN = {0.45, 0.50, 0.50, 0.36};

  /** Only tried where no step down happened: higher in the years with more step downs. */
  private static final double[] AVOID_INCREASE = {0.20, 0.35, 0.45, 0.22};

  private static final double LEAVES_CARE_WITHOUT_CLAIM = 0.12;
  private static final double[] ENTERS_CARE = {0.06, 0.10, 0.20, 0.22};
  private static final double[] AVOID = {0.22, 0.34, 0.38, 0.33};
  private static final double STEPS_UP_LATER = 0.07;

  private static final List<String> PLACED_AT_START =
      List.of("EXTRES", "INTRES", "EXTFOST", "INTFOST", "SUPPACC", "none");
  private static final double[][] PLACED_AT_START_BY_FY = {
    {16, 8, 23, 45, 3, 5}, {16, 8, 23, 45, 3, 5}, {14, 8, 21, 50, 3, 4}, {15, 2, 27, 48, 4, 4}
  };

  /**
   * Share of avoided placements that are residential, by FY (the report's mix shifts to
   * residential).
   */
  private static final double[] AVOIDED_RESIDENTIAL = {12, 13, 14, 15};

  /** Step downs and avoidances happen more in July to October (annual report, figure 4). */
  private static final double[] MONTH_WEIGHT = {
    0.9, 0.9, 1.25, 0.9, 0.9, 1.0, 1.5, 1.6, 1.6, 1.5, 1.0, 0.7
  };

  private final Council council;
  private final Answers answers;
  private final Dice dice;

  Outcomes(Council council, Answers answers, Dice dice) {
    this.council = council;
    this.answers = answers;
    this.dice = dice;
  }

  /** Records that give each child the legal status chosen for the start of the involvement. */
  void setUpStatus(List<Involvement> group) {
    Involvement first = group.get(0);
    LocalDate start = first.start;
    String placed = dice.weighted(PLACED_AT_START, PLACED_AT_START_BY_FY[Timeline.fy(start)]);
    LocalDate planStart = start.minusDays(dice.between(7, 400));
    LocalDate planEnd = start.plusDays(dice.between(30, 450));
    for (Involvement inv : group) {
      Child c = inv.child;
      LocalDate from = Timeline.latest(planStart, c.dateOfBirth.plusDays(1));
      switch (inv.statusAtStart) {
        case "CLA" -> inCareBefore(c, start, placed);
        case "CP" -> council.plans.childProtection(c, from, planEnd);
        case "CIN" -> council.plans.childInNeed(c, from, start.plusDays(dice.between(30, 300)));
        default -> {
          if (dice.chance(0.25) && from.isBefore(start.minusDays(60)))
            council.plans.childInNeed(c, from, start.minusDays(dice.between(30, 60)));
        }
      }
    }
  }

  private void inCareBefore(Child c, LocalDate start, String placedAtStart) {
    LocalDate earliest = Timeline.latest(c.dateOfBirth.plusDays(1), c.freeOfCareFrom());
    LocalDate periodStart =
        Timeline.latest(earliest, start.minusDays(Math.round(dice.skewed(400, 1.0))));
    if (periodStart.isAfter(start.minusDays(14))) periodStart = start.minusDays(14);
    if (placedAtStart.equals("SUPPACC") && c.ageOn(start) < 16) placedAtStart = "INTFOST";
    CareHistory care = council.care;
    int earlierMoves =
        Math.min(3, dice.poisson((start.toEpochDay() - periodStart.toEpochDay()) / 500.0));
    CareHistory.Placement firstPlacement =
        earlierMoves == 0
            ? placement(placedAtStart)
            : dice.chance(0.2)
                ? care.unpricedPlacement()
                : care.placement(care.entryCategory(c.ageOn(periodStart)));
    CareHistory.Period p = care.begin(c, periodStart, firstPlacement);
    for (int i = 1; i <= earlierMoves; i++) {
      LocalDate on =
          periodStart.plusDays(
              (start.toEpochDay() - 7 - periodStart.toEpochDay()) * i / (earlierMoves + 1));
      care.move(
          p,
          on,
          i == earlierMoves
              ? placement(placedAtStart)
              : care.placement(care.entryCategory(c.ageOn(on))));
    }
  }

  private CareHistory.Placement placement(String category) {
    return category.equals("none")
        ? council.care.unpricedPlacement()
        : council.care.placement(category);
  }

  void duringInvolvement(List<Involvement> group, int fy) {
    if (group.get(0).statusAtStart.equals("CLA")) lookedAfter(group, fy);
    else edgeOfCare(group, fy);
  }

  private void lookedAfter(List<Involvement> group, int fy) {
    Involvement first = group.get(0);
    CareHistory.Period firstPeriod = periodOf(first);
    String placed = firstPeriod.current().placement.category();
    LocalDate lastUseful =
        group.stream()
            .map(i -> i.child.eighteenth().minusDays(35))
            .min(LocalDate::compareTo)
            .orElseThrow();
    LocalDate event =
        eventDay(
            first.start.plusDays(21),
            Timeline.earliest(first.endOrAsOf().minusDays(3), lastUseful));
    if (event != null && placed != null && dice.chance(STEP_DOWN[fy])) {
      String to = destination(placed, first.child.ageOn(event));
      for (Involvement inv : group) {
        if (stepDown(periodOf(inv), event, to)) claim(inv, "STEPDOWN", event, placed, to, null);
      }
    } else if (event != null && "INTFOST".equals(placed) && dice.chance(AVOID_INCREASE[fy])) {
      // Mostly a foster placement kept from breaking down into an agency one; now and then
      // residential.
      String avoided = dice.chance(0.9) ? "EXTFOST" : "EXTRES";
      for (Involvement inv : group) claim(inv, "AVOIDINC", event, placed, null, avoided);
    } else if (event != null && dice.chance(LEAVES_CARE_WITHOUT_CLAIM)) {
      for (Involvement inv : group) stepDown(periodOf(inv), event, "HOME");
    }
    for (Involvement inv : group) council.care.runOn(periodOf(inv), inv.endOrAsOf(), 0.3);
  }

  private CareHistory.Period periodOf(Involvement inv) {
    List<CareHistory.Period> periods = inv.child.periodsOfCare;
    return periods.get(periods.size() - 1);
  }

  /** Moves the child on, or out of care; false if the care record could not take it. */
  private boolean stepDown(CareHistory.Period p, LocalDate on, String to) {
    CareHistory care = council.care;
    return switch (to) {
      case "HOME" ->
          dice.chance(0.5)
              ? care.move(p, on, care.placement("HOME"))
              : care.end(p, on, care.homeReason());
      case "INDEP" -> care.end(p, on, dice.pick(List.of("E5", "E6")));
      default -> care.move(p, on, care.placement(to));
    };
  }

  /** Where a child steps down to from a placement. */
  private String destination(String from, int age) {
    String to =
        switch (from) {
          case "EXTRES" ->
              dice.weighted(
                  List.of("INTFOST", "EXTFOST", "HOME", "SUPPACC", "INTRES"), 15, 25, 15, 35, 10);
          case "INTRES" -> dice.weighted(List.of("HOME", "INTFOST", "EXTFOST"), 40, 30, 30);
          case "EXTFOST" -> dice.weighted(List.of("HOME", "INTFOST"), 50, 50);
          case "INTFOST" -> dice.weighted(List.of("HOME", "INDEP"), 85, 15);
          case "SUPPACC" -> dice.weighted(List.of("INDEP", "HOME"), 70, 30);
          default -> "HOME";
        };
    if (age < 16 && to.equals("SUPPACC")) return "EXTFOST";
    if (age < 16 && to.equals("INDEP")) return "HOME";
    return to;
  }

  private void edgeOfCare(List<Involvement> group, int fy) {
    Involvement first = group.get(0);
    boolean allFree =
        group.stream()
            .allMatch(
                i ->
                    i.child.freeOfCareFrom() != null
                        && i.child.freeOfCareFrom().isBefore(first.start));
    if (allFree && dice.chance(ENTERS_CARE[fy])) {
      LocalDate on = eventDay(first.start.plusDays(14), first.endOrAsOf());
      if (on != null) enterCare(group, on);
      return;
    }
    if (!dice.chance(AVOID[fy])) return;
    LocalDate event;
    if (first.end != null)
      event = Timeline.latest(first.start.plusDays(14), first.end.minusDays(dice.between(0, 21)));
    else event = eventDay(first.start.plusDays(60), Timeline.AS_OF);
    if (event == null) return;
    String avoided = avoidedPlacement(first.child.ageOn(event), fy);
    for (Involvement inv : group) claim(inv, "AVOID", event, null, null, avoided);
    if (allFree && dice.chance(STEPS_UP_LATER)) {
      LocalDate later = event.plusDays(dice.between(30, 800));
      if (!later.isAfter(Timeline.AS_OF)) enterCare(group, later);
    }
  }

  private void enterCare(List<Involvement> group, LocalDate on) {
    String category = council.care.entryCategory(group.get(0).child.ageOn(on));
    for (Involvement inv : group) {
      if (!on.isBefore(inv.child.eighteenth())) continue;
      CareHistory.Period p = council.care.begin(inv.child, on, council.care.placement(category));
      council.care.runOn(p, on, 0.4);
    }
  }

  private String avoidedPlacement(int age, int fy) {
    if (age < 2) return dice.weighted(List.of("PACRES", "EXTFOST", "INTFOST"), 45, 35, 20);
    if (age >= 16)
      return dice.weighted(List.of("EXTRES", "EXTFOST", "SUPPACC", "INTFOST"), 25, 40, 20, 15);
    return dice.weighted(List.of("EXTRES", "EXTFOST", "INTFOST"), AVOIDED_RESIDENTIAL[fy], 60, 25);
  }

  /** A target achievement form, filled in within a month of the event. */
  private void claim(
      Involvement inv, String type, LocalDate event, String from, String to, String avoided) {
    LocalDate created = Timeline.earliest(event.plusDays(dice.between(0, 30)), Timeline.AS_OF);
    Form form =
        council.forms.create(
            inv.child,
            inv,
            FormType.SS_TAF,
            Timeline.officeHours(created, dice),
            dice.chance(0.95) ? "C" : "D");
    Claim claim = new Claim(form, type, event, from, to, avoided);
    answers.claim(form, claim);
    inv.claims.add(claim);
    council.claims.add(claim);
  }

  /** A day in [from, to] weighted by month; null if the window is empty. */
  LocalDate eventDay(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) return null;
    while (true) {
      LocalDate d = dice.day(from, to);
      if (dice.uniform() * 1.6 < MONTH_WEIGHT[d.getMonthValue() - 1]) return d;
    }
  }
}
