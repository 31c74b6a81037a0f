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
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("FormID", "form_id", ID),
        required("PersonID", "person_id", ID),
        optional("InvolvementID", "involvement_id", ID),
        required("FormType", "form_type", code(FormType.codes())),
        required("StepStatus", "step_status", code(List.of("C", "D", "X"))),
        required("CreatedDateTime", "created_at", DATETIME),
        optional("CompletedDateTime", "completed_at", DATETIME));
  }
}
