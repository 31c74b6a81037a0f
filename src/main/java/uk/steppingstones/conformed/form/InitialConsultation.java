package uk.steppingstones.conformed.form;

import java.util.List;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.landing.ValueType;

/** SS_IC: whether the consultation was accepted, its planned outcomes and focuses. */
public final class InitialConsultation extends FormTable {
  @Override
  public String name() {
    return "initial_consultation";
  }

  @Override
  public FormType formType() {
    return FormType.SS_IC;
  }

  @Override
  protected String about() {
    return "Initial consultations (SS_IC): whether the consultation was accepted (an accepted consultation "
        + "becomes an involvement), the outcomes planned and the focuses chosen.";
  }

  @Override
  protected List<Question> questions() {
    return List.of(
        Question.single("Accepted", ValueType.YES_NO, "accepted",
            "Whether the consultation was accepted; empty when unanswered, which the report does not take as "
                + "accepted."),
        Question.selected("PlannedOutcome", Catalogue.PLANNED_OUTCOMES, "planned_outcomes",
            "Planned outcomes selected: EOC Edge of Care, REUNIFY Reunification Home, AVOIDRES Avoid Step up to "
                + "Residential, SDFOSTER Step Down to Foster Care, INDEP Transition to Independence / Supported "
                + "Lodging."),
        Question.selected("ChildFocus", Catalogue.CHILD_FOCUSES, "child_focuses",
            "Child focuses selected (ChildFocus_<code>), e.g. WISHES Wishes and feelings."),
        Question.selected("AdultFocus", Catalogue.ADULT_FOCUSES, "adult_focuses",
            "Adult focuses selected (AdultFocus_<code>), e.g. DA Domestic abuse support / perpetrator work."),
        Question.selected("ParentFocus", Catalogue.PARENT_FOCUSES, "parent_focuses",
            "Parent focuses selected (ParentFocus_<code>), e.g. SAFETY Safety planning."));
  }
}
