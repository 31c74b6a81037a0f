package uk.steppingstones.sample;

import java.util.List;
import uk.steppingstones.landing.Catalogue;

/**
 * What workers answer on the forms the report reads: initial consultations, closure records and
 * target achievement forms. Only the questions that matter are answered, to keep the sample small.
 * Chances are per accepted consultation and follow the annual report's 2024-25 counts.
 */
final class Answers {
  /** Chance each child focus is ticked, in Catalogue order. */
  private static final double[] CHILD_FOCUS = {
    0.57, 0.55, 0.46, 0.37, 0.21, 0.12, 0.12, 0.08, 0.04, 0.04, 0.024, 0.02, 0.02, 0.015
  };

  private static final double[] ADULT_FOCUS = {
    0.65, 0.36, 0.31, 0.15, 0.14, 0.12, 0.12, 0.10, 0.03, 0.026, 0.015, 0.01, 0.01
  };
  private static final double[] PARENT_FOCUS = {0.67, 0.67, 0.45, 0.32, 0.16, 0.16};

  /** Closure records tick more focuses than consultations: needs found once work started. */
  private static final double CLOSURE_FOCUS_FACTOR = 1.35;

  /** Planned outcome chances by FY, in Catalogue order; Reunification rises in 2024-25. */
  private static final double[][] PLANNED_OUTCOME_BY_FY = {
    {0.86, 0.17, 0.14, 0.09, 0.03},
    {0.86, 0.18, 0.14, 0.08, 0.03},
    {0.86, 0.21, 0.14, 0.08, 0.03},
    {0.80, 0.38, 0.09, 0.035, 0.027}
  };

  private static final List<String> REASONS = List.copyOf(Catalogue.REASONS_NOT_ACHIEVED.keySet());

  /** NONENG, RISK, PLANCHG, MOVED, OTHER. */
  private static final double[] REASON_WEIGHTS = {22, 20, 12, 6, 40};

  /** Free text as workers type it: commas, quotes, line breaks, non-ASCII letters. */
  static final List<String> REASON_DETAILS =
      List.of(
          "Plan changed, child moved to live with maternal grandmother",
          "Mum said \"we don't need you anymore\", case closed by SW",
          "Family declined further support.\nSW to continue to monitor.",
          "Child became looked after after \"placement breakdown\" at home,\n"
              + "Stepping Stones work ended",
          "Court outcome: SGO granted to aunt, no further work",
          "Situation changed — dad returned to the family home",
          "Parents separated; mum moved to Powys, referral made to local EH team",
          "Young person turned 18, moved on to adult services",
          "Work paused: \"not the right time\" (mum), may re-refer",
          "Risk escalated after incident on 03/02, strategy meeting held\r\nCP plan",
          "Other professionals now leading, e.g. CAMHS, school nurse",
          "Café visits stopped; child refused to engage, see case notes");

  private final Forms forms;
  private final Formats formats;
  private final Dice dice;

  Answers(Forms forms, Formats formats, Dice dice) {
    this.forms = forms;
    this.formats = formats;
    this.dice = dice;
  }

  void initialConsultation(Form f, boolean accepted, int fy) {
    forms.answer(f, "Accepted", formats.yesNo(accepted));
    if (!accepted) return;
    int outcomes =
        forms.multiSelect(
            f, "PlannedOutcome", Catalogue.PLANNED_OUTCOMES, PLANNED_OUTCOME_BY_FY[fy], 1.0);
    if (outcomes == 0) forms.answer(f, "PlannedOutcome_EOC", formats.yesNo(true));
    focuses(f, 1.0);
  }

  void closure(Form f, boolean claimed) {
    focuses(f, CLOSURE_FOCUS_FACTOR);
    boolean achieved = claimed || dice.chance(0.45);
    forms.answer(f, "OutcomeAchieved", formats.yesNo(achieved));
    if (achieved || dice.chance(0.04)) return; // a few leave the reason unanswered
    String reason = dice.weighted(REASONS, REASON_WEIGHTS);
    forms.answer(f, "ReasonNotAchieved", dice.chance(0.05) ? reason.toLowerCase() : reason);
    if (reason.equals("OTHER") || dice.chance(0.4))
      forms.answer(f, "ReasonDetail", dice.pick(REASON_DETAILS));
  }

  void claim(Form f, Claim c) {
    forms.answer(f, "ClaimType", c.type());
    forms.answer(f, "EventDate", formats.date(c.eventDate()));
    if (c.from() != null) forms.answer(f, "PlacementFrom", c.from());
    if (c.to() != null) forms.answer(f, "PlacementTo", c.to());
    if (c.avoided() != null) forms.answer(f, "PlacementAvoided", c.avoided());
  }

  private void focuses(Form f, double factor) {
    forms.multiSelect(f, "ChildFocus", Catalogue.CHILD_FOCUSES, CHILD_FOCUS, factor);
    forms.multiSelect(f, "AdultFocus", Catalogue.ADULT_FOCUSES, ADULT_FOCUS, factor);
    forms.multiSelect(f, "ParentFocus", Catalogue.PARENT_FOCUSES, PARENT_FOCUS, factor);
  }
}
