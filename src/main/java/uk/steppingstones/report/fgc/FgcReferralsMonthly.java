package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.month;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code fgc_referrals_monthly}: per calendar month (its first day), the FGC referrals whose
 * ReferralDate falls in it and the distinct children they refer. Every month from the first
 * referral's month through A's month is present, with zeros where there was no referral; A's month
 * ends at A.
 */
public final class FgcReferralsMonthly implements ReportTable {
  @Override
  public String name() {
    return "fgc_referrals_monthly";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "calendar month, from the first referral's month through the as-of date's month",
        "Family group conference referrals each month. A month without referrals is 0.",
        month("Every month from the first referral's month through the as-of date's month has a row."),
        records("referrals", "FGC referrals whose ReferralDate is in the month (one referral per child referred)."),
        children("children_referred", "Distinct children referred in the month."));
  }

  /** One row per referral counted: referral_id, person_id, workspace_id, referral_date, month. */
  public static Dataset<Row> facts(ReportInputs in) {
    return FgcReferrals.of(in)
        .select("referral_id", "person_id", "workspace_id", "referral_date", "month");
  }

  /** The referrals of the month (a child referred twice is listed twice, counted once). */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("referrals", Detail.REFERRAL, "referral_id", "referral_date", "the referral's ReferralDate"), figure("children_referred", Detail.REFERRAL, "referral_id", "referral_date", "the referral's ReferralDate"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    Dataset<Row> counted =
        facts.groupBy(col("month").as("c_month"))
            .agg(count(lit(1)).as("c_referrals"), countDistinct(col("person_id")).as("c_children"));
    return ReportColumns.monthsThroughAsOf(facts, "referral_date", in)
        .join(counted, col("month").equalTo(col("c_month")), "left")
        .orderBy("month")
        .select(
            col("month"),
            coalesce(col("c_referrals"), lit(0L)).as("referrals"),
            coalesce(col("c_children"), lit(0L)).as("children_referred"));
  }
}
