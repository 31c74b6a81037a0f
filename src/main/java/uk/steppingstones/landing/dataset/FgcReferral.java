package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** A child referred for a family group conference. */
public final class FgcReferral extends DatasetContract {
  @Override
  public String name() {
    return "fgc_referral";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A child referred for a family group conference: one row per child referred";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("ReferralID", "referral_id", ID, "LCS referral id"),
        required("PersonID", "person_id", ID, "The child referred"),
        required("ReferralDate", "referral_date", DATE, "Day of the referral"),
        optional("ReferringTeam", "referring_team", TEXT, "Allocated social work team that referred; no value reads as Unknown"),
        optional("WorkspaceID", "workspace_id", ID, "Family group conference workspace, when one was opened"),
        optional("WorkspaceOpenedDate", "workspace_opened_date", DATE, "Day the workspace was opened"));
  }
}
