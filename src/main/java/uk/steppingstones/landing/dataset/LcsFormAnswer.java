package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** Form answers as entity-attribute-value rows (LCS FACT_FORM_ANSWERS). */
public final class LcsFormAnswer extends DatasetContract {
  @Override
  public String name() {
    return "lcs_form_answer";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "One answer to one question of a form (LCS FACT_FORM_ANSWERS), as entity-attribute-value rows, see \"Form answers\"";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AnswerID", "answer_id", ID, "LCS answer id"),
        required("FormID", "form_id", ID, "The form answered; may arrive before or after the form's header"),
        required("QuestionCode", "question_code", TEXT, "The question, see \"Form answers\" (any case)"),
        optional("Answer", "answer", TEXT, "The answer as text: yes/no, a code, a date or free text, by question"),
        required("AnsweredDateTime", "answered_at", DATETIME, "When the answer was given; of two answers to one question the later wins"));
  }
}
