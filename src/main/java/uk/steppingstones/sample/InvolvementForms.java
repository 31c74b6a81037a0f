package uk.steppingstones.sample;

import java.time.LocalDate;
import uk.steppingstones.landing.FormType;

/**
 * The routine forms of an involvement: group supervisions (the first within two weeks, then about
 * quarterly), review consultations at twelve-weekly points, soft measures at the start, reviews and
 * end, step down meetings for looked-after children, evaluation meetings and the closure record.
 * Volumes follow the annual report's "Forms" table.
 */
final class InvolvementForms {
  /**
   * Step down meetings per day of a looked-after child's involvement, by FY (160 -> 497 a year).
   */
  private static final double[] STEP_DOWN_MEETINGS_PER_DAY = {0.0025, 0.005, 0.0072, 0.021};

  private final Council council;
  private final Answers answers;
  private final Dice dice;

  InvolvementForms(Council council, Answers answers, Dice dice) {
    this.council = council;
    this.answers = answers;
    this.dice = dice;
  }

  void write(Involvement inv) {
    LocalDate last = inv.endOrAsOf();
    supervisions(inv, last);
    for (LocalDate d = inv.start.plusDays(84); d.isBefore(last); d = d.plusDays(84)) {
      if (dice.chance(0.55)) withNote(create(inv, FormType.SS_RC, d.plusDays(dice.between(-5, 5))));
      if (dice.chance(0.35)) create(inv, FormType.SS_ASM, d.plusDays(dice.between(0, 10)));
      if (dice.chance(0.25)) create(inv, FormType.SS_CSM, d.plusDays(dice.between(0, 10)));
    }
    if (dice.chance(0.85)) create(inv, FormType.SS_ASM, inv.start.plusDays(dice.between(7, 30)));
    if (dice.chance(0.7)) create(inv, FormType.SS_CSM, inv.start.plusDays(dice.between(7, 30)));
    if (inv.statusAtStart.equals("CLA")) stepDownMeetings(inv, last);
    if (inv.end != null) ending(inv);
  }

  private void supervisions(Involvement inv, LocalDate last) {
    LocalDate first =
        inv.start.plusDays(dice.chance(0.85) ? dice.between(0, 14) : dice.between(15, 45));
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(dice.between(75, 110))) {
      create(inv, FormType.SS_GS, d);
    }
  }

  private void stepDownMeetings(Involvement inv, LocalDate last) {
    for (LocalDate from = inv.start; !from.isAfter(last); ) {
      int fy = Timeline.fy(from);
      LocalDate to = Timeline.earliest(Timeline.fyEnd(fy), last);
      long days = to.toEpochDay() - from.toEpochDay() + 1;
      int meetings = dice.poisson(days * STEP_DOWN_MEETINGS_PER_DAY[fy]);
      for (int i = 0; i < meetings; i++) withNote(create(inv, FormType.SS_SDM, dice.day(from, to)));
      from = to.plusDays(1);
    }
  }

  private void ending(Involvement inv) {
    if (dice.chance(0.16))
      create(
          inv,
          FormType.SS_EVAL,
          Timeline.latest(inv.start, inv.end.minusDays(dice.between(0, 20))));
    if (dice.chance(0.4)) create(inv, FormType.SS_ASM, inv.end.minusDays(dice.between(0, 7)));
    if (dice.chance(0.35)) create(inv, FormType.SS_CSM, inv.end.minusDays(dice.between(0, 7)));
    if (dice.chance(0.8)) {
      Form closure = create(inv, FormType.SS_CLOSE, inv.end.plusDays(dice.between(0, 10)));
      if (closure != null) answers.closure(closure, !inv.claims.isEmpty());
    }
  }

  private Form create(Involvement inv, FormType type, LocalDate day) {
    if (day.isBefore(inv.start)) day = inv.start;
    return council.forms.create(inv.child, inv, type, day);
  }

  /** Now and then a form carries a question the contract does not list (kept raw, counted). */
  private void withNote(Form f) {
    if (f != null && dice.chance(0.03)) {
      council.forms.answer(f, "ReviewNotes", dice.pick(Answers.REASON_DETAILS));
    }
  }
}
