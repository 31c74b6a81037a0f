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
  protected List<Question> questions() {
    return List.of(
        Question.single("Accepted", ValueType.YES_NO, "accepted"),
        Question.selected("PlannedOutcome", Catalogue.PLANNED_OUTCOMES, "planned_outcomes"),
        Question.selected("ChildFocus", Catalogue.CHILD_FOCUSES, "child_focuses"),
        Question.selected("AdultFocus", Catalogue.ADULT_FOCUSES, "adult_focuses"),
        Question.selected("ParentFocus", Catalogue.PARENT_FOCUSES, "parent_focuses"));
  }
}
