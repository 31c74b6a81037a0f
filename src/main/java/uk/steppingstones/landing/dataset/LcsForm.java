package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.FormType;

/** The header of every Stepping Stones form (LCS FACT_FORMS). */
public final class LcsForm extends DatasetContract {
  @Override
  public String name() {
    return "lcs_form";
  }

  @Override
  protected String row() {
    return "form (FormID)";
  }

  @Override
  protected String about() {
    return "The header of every Stepping Stones form (LCS FACT_FORMS). Answers are in lcs_form_answer and, for "
        + "initial consultations, closure records and target achievement forms, in the typed tables "
        + "initial_consultation, closure_record and target_achievement_claim.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FormID", "form_id", ID,
            "LCS form id."),
        required("PersonID", "person_id", ID,
            "The child the form is about (the surviving person after merges)."),
        optional("InvolvementID", "involvement_id", ID,
            "The involvement the form belongs to; empty when the form names none."),
        required("FormType", "form_type", code(FormType.codes()),
            "SS_IC initial consultation, SS_RC review consultation, SS_SDM step down meeting, SS_EVAL evaluation "
                + "meeting, SS_CLOSE closure record, SS_GS group supervision, SS_ASM adult soft measures, SS_CSM "
                + "child soft measures, SS_TAF target achievement form. An unknown code is quarantined."),
        required("StepStatus", "step_status", code(List.of("C", "D", "X")),
            "C completed, D draft, X cancelled."),
        required("CreatedDateTime", "created_at", DATETIME,
            "When the form was created: places it in its financial year; a form counts only once created (on or "
                + "before the as-of date)."),
        optional("CompletedDateTime", "completed_at", DATETIME,
            "When the form was completed; empty when not."));
  }
}
