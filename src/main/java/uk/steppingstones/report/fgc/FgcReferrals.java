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
 * <p>A workspace opened after A has not been opened yet as of A, so its WorkspaceID reads as no
 * value, as an EndDate after A reads as not ended. A WorkspaceID without an opened date counts: the
 * id is the evidence that a workspace was opened.
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
                when(col("workspace_opened_date").isNull().or(col("workspace_opened_date").leq(in.asOfDate())),
                        col("workspace_id"))
                    .as("workspace_id"),
                FinancialYear.of(col("referral_date")).as("financial_year"),
                trunc(col("referral_date"), "month").as("month")));
  }
}
