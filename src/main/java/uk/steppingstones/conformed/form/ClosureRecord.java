package uk.steppingstones.conformed.form;

import java.util.List;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.landing.ValueType;

/**
 * SS_CLOSE: outcome, reason not achieved (a code outside the list reads as no value), free-text
 * detail and focuses.
 */
public final class ClosureRecord extends FormTable {
  @Override
  public String name() {
    return "closure_record";
  }

  @Override
  public FormType formType() {
    return FormType.SS_CLOSE;
  }

  @Override
  protected List<Question> questions() {
    return List.of(
        Question.single("OutcomeAchieved", ValueType.YES_NO, "outcome_achieved"),
        Question.single(
            "ReasonNotAchieved",
            ValueType.code(List.copyOf(Catalogue.REASONS_NOT_ACHIEVED.keySet())),
            "reason_not_achieved"),
        Question.single("ReasonDetail", ValueType.TEXT, "reason_detail"),
        Question.selected("ChildFocus", Catalogue.CHILD_FOCUSES, "child_focuses"),
        Question.selected("AdultFocus", Catalogue.ADULT_FOCUSES, "adult_focuses"),
        Question.selected("ParentFocus", Catalogue.PARENT_FOCUSES, "parent_focuses"));
  }
}
