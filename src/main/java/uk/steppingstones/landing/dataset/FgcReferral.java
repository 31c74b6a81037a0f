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
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("ReferralID", "referral_id", ID),
        required("PersonID", "person_id", ID),
        required("ReferralDate", "referral_date", DATE),
        optional("ReferringTeam", "referring_team", TEXT),
        optional("WorkspaceID", "workspace_id", ID),
        optional("WorkspaceOpenedDate", "workspace_opened_date", DATE));
  }
}
