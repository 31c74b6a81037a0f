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
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AnswerID", "answer_id", ID),
        required("FormID", "form_id", ID),
        required("QuestionCode", "question_code", TEXT),
        optional("Answer", "answer", TEXT),
        required("AnsweredDateTime", "answered_at", DATETIME));
  }
}
