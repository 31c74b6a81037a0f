package uk.steppingstones.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.steppingstones.landing.FormType;

/**
 * The outreach service, year by year: referrals arrive as initial consultations (often for siblings
 * together); most are accepted and an involvement starts within two weeks; the child's legal status
 * at the start is set up in the council's records; what happens during the involvement (step downs,
 * avoided care, claims) is decided by {@link Outcomes}; the routine forms by {@link
 * InvolvementForms}.
 */
final class SteppingStones {
  /** Children given an initial consultation per FY (the service went live in July 2021). */
  private static final double[] CONSULTATIONS = {300, 430, 495, 492};

  private static final double ACCEPTED = 0.67;

  /** Median involvement length by FY of start, in days; the spread makes the mean ~200. */
  private static final double[] MEDIAN_DAYS = {195, 175, 150, 200};

  /** Legal status at start by FY: CLA, CP, CIN, Assessment (annual report, figure 7). */
  private static final double[][] STATUS = {
    {25, 35, 20, 20}, {28, 35, 17, 20}, {31, 35, 15, 19}, {38, 25, 17, 20}
  };

  private static final List<String> STATUSES = List.of("CLA", "CP", "CIN", "Assessment");

  /** Age of the eldest child referred, 0 to 17; with younger siblings the mean is about 8.7. */
  private static final double[] AGE_WEIGHTS = {
    3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8, 8, 7, 5, 3
  };

  private static final List<Integer> AGES =
      java.util.stream.IntStream.range(0, 18).boxed().toList();

  private final Council council;
  private final Dice dice;
  private final Answers answers;
  private final Outcomes outcomes;
  private final InvolvementForms routineForms;
  private final List<Child> served = new ArrayList<>();

  SteppingStones(Council council, Dice dice) {
    this.council = council;
    this.dice = dice;
    this.answers = new Answers(council.forms, council.sources.formats(), dice.split());
    this.outcomes = new Outcomes(council, answers, dice.split());
    this.routineForms = new InvolvementForms(council, answers, dice.split());
  }

  void run() {
    for (int fy = 0; fy < Timeline.YEARS; fy++) {
      int target = council.scaled(CONSULTATIONS[fy]);
      for (int children = 0; children < target; ) children += consultation(fy);
    }
  }

  /** One referral: an initial consultation for each child of the group; returns the children. */
  private int consultation(int fy) {
    LocalDate day = consultationDay(fy);
    List<Child> group = referralGroup(day);
    boolean accepted = dice.chance(ACCEPTED);
    LocalDate start = weekday(day.plusDays(dice.between(0, 14)));
    if (start.isAfter(Timeline.AS_OF)) accepted = false;
    if (!accepted) {
      for (Child c : group) {
        council.teams.allocate(c, day);
        Form ic = council.forms.create(c, null, FormType.SS_IC, day);
        answers.initialConsultation(ic, false, fy);
      }
      return group.size();
    }
    String status = dice.weighted(STATUSES, STATUS[fy]);
    if (status.equals("CLA") && !group.stream().allMatch(c -> canEnterCareBefore(c, start)))
      status = "CP";
    LocalDate end = start.plusDays(Math.max(14, Math.round(dice.skewed(MEDIAN_DAYS[fy], 0.62))));
    if (end.isAfter(Timeline.AS_OF)) end = null;

    List<Involvement> started = new ArrayList<>();
    for (Child c : group) {
      Involvement inv = new Involvement(council.ids.next("involvement"), c, start, end, status);
      council.teams.allocate(c, start);
      Form ic = council.forms.create(c, inv, FormType.SS_IC, day);
      answers.initialConsultation(ic, true, fy);
      writeInvolvement(inv);
      c.involvements.add(inv);
      council.involvements.add(inv);
      started.add(inv);
    }
    outcomes.setUpStatus(started);
    outcomes.duringInvolvement(started, fy);
    for (Involvement inv : started) routineForms.write(inv);
    return group.size();
  }

  private boolean canEnterCareBefore(Child c, LocalDate start) {
    LocalDate free = c.freeOfCareFrom();
    return free != null && free.isBefore(start.minusDays(30));
  }

  private void writeInvolvement(Involvement inv) {
    Formats f = council.sources.formats();
    inv.record =
        council.sources.add(
            SampleDatasets.SS_INVOLVEMENT,
            Recording.of(inv.start, dice),
            Sources.row(
                "InvolvementID",
                inv.id,
                "PersonID",
                inv.child.personId,
                "StartDate",
                f.date(inv.start),
                "EndDate",
                f.optionalDate(null)));
    if (inv.end != null) {
      council.sources.change(
          inv.record, Recording.of(inv.end, dice), Sources.row("EndDate", f.date(inv.end)));
    }
  }

  /** A weekday in the FY; referrals slowed in the second half of 2024-25 (staffing). */
  private LocalDate consultationDay(int fy) {
    LocalDate from = fy == 0 ? Timeline.GO_LIVE : Timeline.fyStart(fy);
    while (true) {
      LocalDate d = weekday(dice.day(from, Timeline.fyEnd(fy)));
      boolean slower = fy == 3 && d.getMonthValue() >= 10 || fy == 3 && d.getMonthValue() <= 3;
      if (d.isAfter(Timeline.AS_OF)) continue;
      if (!slower || dice.chance(0.8)) return d;
    }
  }

  private static LocalDate weekday(LocalDate d) {
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) return d.plusDays(2);
    if (d.getDayOfWeek() == DayOfWeek.SUNDAY) return d.plusDays(1);
    return d;
  }

  /** The children referred together: a child seen before, or one to three new siblings. */
  private List<Child> referralGroup(LocalDate day) {
    if (dice.chance(0.08)) {
      Child again = childSeenBefore(day);
      if (again != null) return List.of(again);
    }
    int size = dice.weighted(List.of(1, 2, 3), 70, 20, 10);
    People.Family family = council.people.newFamily(size > 1);
    int eldest = dice.weighted(AGES, AGE_WEIGHTS);
    List<Child> group = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int age = i == 0 ? eldest : Math.max(0, eldest - dice.between(1, 5) * i);
      Child c = council.people.newChild(family, day, age);
      group.add(c);
      served.add(c);
    }
    return group;
  }

  /** A child whose involvement closed a while ago and is referred again. */
  private Child childSeenBefore(LocalDate day) {
    for (int tries = 0; tries < 20 && !served.isEmpty(); tries++) {
      Child c = dice.pick(served);
      Involvement last = c.lastInvolvement();
      if (last != null
          && last.end != null
          && last.end.isBefore(day.minusDays(60))
          && c.ageOn(day) < 17) return c;
    }
    return null;
  }
}
