package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.report.LegalStatus;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code fgc_status_at_referral}: per FY of ReferralDate and status, the distinct children referred
 * for an FGC whose referral has a workspace (a WorkspaceID). A child counts
 * once per FY, with the legal status on the ReferralDate of their earliest such referral in the FY
 * (then the smaller ReferralID); later referrals in the FY, whatever their status, do not move them.
 * The status is the legal status hierarchy, in the report's words: {@code CLA}, {@code CPP} (a
 * child protection plan), {@code CIN}, {@code Other} (Assessment). All four statuses of every FY
 * from the first with a workspace referral through FY(A) are present, zeros where none.
 */
public final class FgcStatusAtReferral implements ReportTable {
  public static final List<String> STATUSES = List.of("CLA", "CPP", "CIN", "Other");

  @Override
  public String name() {
    return "fgc_status_at_referral";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of ReferralDate and legal status at referral (CLA, CPP, CIN, Other; all four every year)",
        "The legal status of the children referred for a family group conference whose referral has a workspace "
            + "(a WorkspaceID, whatever WorkspaceOpenedDate says). A child counts once a year, with the legal status "
            + "on the ReferralDate of their earliest such referral in the year (then the smaller ReferralID); later "
            + "referrals that year do not move them. " + years("a referral with a workspace") + " A status "
            + "with no child is 0.",
        financialYear("the deciding referral's ReferralDate"),
        key("status", "CLA if a care episode is open on the day, else CPP if a child protection plan is, else CIN if "
            + "a child-in-need plan is, else Other."),
        children("children", "Distinct children with a referral with a workspace in the year whose status on their "
            + "earliest such referral was this one."));
  }

  /**
   * One row per child and FY counted, naming the referral that decided the status: referral_id,
   * person_id, workspace_id, referral_date, financial_year, status.
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("fgc_status_at_referral.facts", () -> deciding(in));
  }

  private static Dataset<Row> deciding(ReportInputs in) {
    var earliest =
        Window.partitionBy("person_id", "financial_year")
            .orderBy(col("referral_date").asc(), ReportColumns.idOrder(col("referral_id")).asc());
    Dataset<Row> deciding =
        FgcReferrals.of(in)
            .filter(col("workspace_id").isNotNull())
            .withColumn("rank", row_number().over(earliest))
            .filter(col("rank").equalTo(1))
            .select("referral_id", "person_id", "workspace_id", "referral_date", "financial_year");
    return LegalStatus.onDay(in, deciding, "referral_date")
        .select(col("referral_id"), col("person_id"), col("workspace_id"), col("referral_date"),
            col("financial_year"), status(col("legal_status")).as("status"));
  }

  /** The report's wording of a legal status: CP is the child protection plan, Assessment is Other. */
  private static Column status(Column legalStatus) {
    return when(legalStatus.equalTo(LegalStatus.CP), lit("CPP"))
        .when(legalStatus.equalTo(LegalStatus.ASSESSMENT), lit("Other"))
        .otherwise(legalStatus);
  }

  /** Each child's deciding referral: their earliest with a workspace in the year. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children", Detail.REFERRAL, "referral_id", "referral_date",
        "the ReferralDate of the child's earliest referral with a workspace in the year"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    return ReportColumns.perFinancialYearAnd(facts, in,
        ReportColumns.categories(facts.sparkSession(), "status", STATUSES), count(lit(1)).as("children"));
  }
}
