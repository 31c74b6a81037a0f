package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportInputs;

/**
 * FGC referrals as of A, one row per referral, placed by their ReferralDate: the common ground of
 * the four referral tables. Referrals dated after A are already gone ({@link ReportInputs}).
 *
 * <p>A referral "with a workspace" is one with a WorkspaceID, as the contract words it: the
 * as-of reading leaves out records dated after A and reads end dates after A as open, and
 * WorkspaceOpenedDate is neither (it is often missing or unreadable in LCS, "TBC"), so it does not
 * decide.
 */
final class FgcReferrals {
  private FgcReferrals() {}

  /**
   * {@code referral_id, person_id, referral_date, referring_team, workspace_id, financial_year,
   * month}.
   */
  static Dataset<Row> of(ReportInputs in) {
    return in.shared("fgc.referrals", () ->
        in.table("fgc_referral")
            .select(
                col("referral_id"),
                col("person_id"),
                col("referral_date"),
                col("referring_team"),
                col("workspace_id"),
                FinancialYear.of(col("referral_date")).as("financial_year"),
                trunc(col("referral_date"), "month").as("month")));
  }
}
