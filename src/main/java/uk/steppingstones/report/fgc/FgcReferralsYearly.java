package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code fgc_referrals_yearly}: per FY of ReferralDate, the FGC referrals and the distinct children
 * referred at least once in the FY (a child referred twice is one child, in each FY they were
 * referred in). Every FY from the first referral's through FY(A) is present, zeros where none.
 */
public final class FgcReferralsYearly implements ReportTable {
  @Override
  public String name() {
    return "fgc_referrals_yearly";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of ReferralDate",
        "Family group conference referrals each year. " + years("a referral") + " A year without referrals is 0.",
        financialYear("the referral's ReferralDate"),
        records("referrals", "FGC referrals whose ReferralDate is in the year (one referral per child referred)."),
        children("children_referred", "Distinct children referred at least once in the year; a child referred in "
            + "two years counts in both."));
  }

  /**
   * One row per referral counted: referral_id, person_id, workspace_id, referral_date,
   * financial_year.
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return FgcReferrals.of(in)
        .select("referral_id", "person_id", "workspace_id", "referral_date", "financial_year");
  }

  /** The referrals of the year (a child referred twice is listed twice, counted once). */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("referrals", Detail.REFERRAL, "referral_id", "referral_date", "the referral's ReferralDate"), figure("children_referred", Detail.REFERRAL, "referral_id", "referral_date", "the referral's ReferralDate"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return ReportColumns.perFinancialYear(facts(in), in,
        count(lit(1)).as("referrals"), countDistinct(col("person_id")).as("children_referred"));
  }
}
