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
  protected String row() {
    return "referral (ReferralID), one child referred for a family group conference";
  }

  @Override
  protected String about() {
    return "Referrals for a family group conference (FGC), one row per child referred.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("ReferralID", "referral_id", ID,
            "LCS referral id."),
        required("PersonID", "person_id", ID,
            "The child referred (the surviving person after merges)."),
        required("ReferralDate", "referral_date", DATE,
            "The day of the referral: places it in its month and financial year."),
        optional("ReferringTeam", "referring_team", TEXT,
            "The allocated social work team that referred, as the referral spells it; empty when not recorded "
                + "(Unknown in the report)."),
        optional("WorkspaceID", "workspace_id", ID,
            "The FGC workspace, when one was opened: a referral with one counts in fgc_status_at_referral."),
        optional("WorkspaceOpenedDate", "workspace_opened_date", DATE,
            "When the workspace was opened; often missing or TBC in LCS, so the report does not use it."));
  }
}
