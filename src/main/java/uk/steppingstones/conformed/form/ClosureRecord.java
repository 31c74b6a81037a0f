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
  protected String about() {
    return "Closure records (SS_CLOSE): whether the involvement's outcome was achieved, why not, and the "
        + "focuses worked on.";
  }

  @Override
  protected List<Question> questions() {
    return List.of(
        Question.single("OutcomeAchieved", ValueType.YES_NO, "outcome_achieved",
            "Whether the outcome was achieved; empty when unanswered. closure_reasons counts closures whatever "
                + "it says."),
        Question.single(
            "ReasonNotAchieved",
            ValueType.code(List.copyOf(Catalogue.REASONS_NOT_ACHIEVED.keySet())),
            "reason_not_achieved",
            "Reason outcome not achieved: NONENG Non-engagement, RISK Outcomes not achieved due to risks "
                + "escalating, PLANCHG Plan changed, MOVED Family moved out of area, OTHER Other; an unlisted code "
                + "reads as no value."),
        Question.single("ReasonDetail", ValueType.TEXT, "reason_detail",
            "The reason in the worker's words (free text)."),
        Question.selected("ChildFocus", Catalogue.CHILD_FOCUSES, "child_focuses",
            "Child focuses selected (ChildFocus_<code>), e.g. WISHES Wishes and feelings."),
        Question.selected("AdultFocus", Catalogue.ADULT_FOCUSES, "adult_focuses",
            "Adult focuses selected (AdultFocus_<code>), e.g. DA Domestic abuse support / perpetrator work."),
        Question.selected("ParentFocus", Catalogue.PARENT_FOCUSES, "parent_focuses",
            "Parent focuses selected (ParentFocus_<code>), e.g. SAFETY Safety planning."));
  }
}
