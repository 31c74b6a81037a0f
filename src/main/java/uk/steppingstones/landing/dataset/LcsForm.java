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
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "The header of a Stepping Stones form (LCS FACT_FORMS); its answers come in lcs_form_answer";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FormID", "form_id", ID, "LCS form id"),
        required("PersonID", "person_id", ID, "The child the form is about"),
        optional("InvolvementID", "involvement_id", ID, "The involvement the form belongs to"),
        required("FormType", "form_type", code(FormType.codes()), "Which form, see \"Form types\"; an unknown code is quarantined"),
        required("StepStatus", "step_status", code(List.of("C", "D", "X")), "C completed, D draft, X cancelled"),
        required("CreatedDateTime", "created_at", DATETIME, "When the form was created; dates the form for the report"),
        optional("CompletedDateTime", "completed_at", DATETIME, "When the form was completed"));
  }
}
