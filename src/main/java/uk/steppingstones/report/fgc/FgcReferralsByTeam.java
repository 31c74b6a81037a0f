package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.Teams;

/**
 * {@code fgc_referrals_by_team}: per FY of ReferralDate and referring team, the distinct children
 * that team referred in the FY. The team is ReferringTeam as the referral spells it, {@code Unknown}
 * (group {@code Unknown}) when missing; its group comes from team_group matched ignoring case,
 * {@code Other} when the team is not there. Only teams that referred a child appear (no zero rows),
 * so an FY without referrals has no row.
 *
 * <p>Reading: a child referred by two teams in an FY counts once for each team; two spellings of
 * one team (differing in case) are two rows, as the referrals wrote them, in the same group.
 */
public final class FgcReferralsByTeam implements ReportTable {
  @Override
  public String name() {
    return "fgc_referrals_by_team";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of ReferralDate and referring team, teams that referred only",
        "Children referred for a family group conference, by the social work team that referred them. Only teams "
            + "that referred a child have a row, so a year without referrals has none.",
        financialYear("the referral's ReferralDate"),
        key("team_name", "ReferringTeam as the referral spells it (two spellings differing in case are two rows); "
            + "Unknown when missing."),
        key("team_group", "The team's group from the analysts' team_group list, matched ignoring case and "
            + "surrounding spaces; Other when the team is not listed; Unknown for Unknown."),
        children("children_referred", "Distinct children the team referred in the year. A child referred by two "
            + "teams counts once for each, so the rows of a year can add up to more than fgc_referrals_yearly."));
  }

  /**
   * One row per referral counted: referral_id, person_id, workspace_id, referral_date,
   * financial_year, team_name, team_group.
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("fgc_referrals_by_team.facts", () -> {
      Dataset<Row> referrals =
          FgcReferrals.of(in)
              .withColumn("team_name", coalesce(col("referring_team"), lit(Teams.UNKNOWN)));
      return Teams.withGroup(in, referrals)
          .select("referral_id", "person_id", "workspace_id", "referral_date", "financial_year", "team_name",
              "team_group");
    });
  }

  /** The team's referrals of the year. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children_referred", Detail.REFERRAL, "referral_id", "referral_date", "the referral's ReferralDate"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return facts(in)
        .groupBy("financial_year", "team_name", "team_group")
        .agg(countDistinct(col("person_id")).as("children_referred"))
        .orderBy("financial_year", "team_group", "team_name");
  }
}
