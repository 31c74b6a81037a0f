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
  protected String row() {
    return "answer (AnswerID)";
  }

  @Override
  protected String about() {
    return "Form answers as entity-attribute-value rows (LCS FACT_FORM_ANSWERS). A question answered more than "
        + "once on a form: the latest AnsweredDateTime wins, then the larger AnswerID. Answers may arrive before "
        + "or after their form's header.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("AnswerID", "answer_id", ID,
            "LCS answer id."),
        required("FormID", "form_id", ID,
            "The form answered."),
        required("QuestionCode", "question_code", TEXT,
            "The question, e.g. Accepted or PlannedOutcome_EOC (a multi-select option is <Group>_<OptionCode>), "
                + "matched ignoring case. A code no form table knows stays here and is counted in the run record."),
        optional("Answer", "answer", TEXT,
            "The answer as text: yes/no, a code, a date or free text; empty when blank."),
        required("AnsweredDateTime", "answered_at", DATETIME,
            "When the answer was given: the latest answer to a question wins."));
  }
}
