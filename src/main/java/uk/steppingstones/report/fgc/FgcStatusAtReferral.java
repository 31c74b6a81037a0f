package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.report.LegalStatus;
import uk.steppingstones.report.ReportColumns;
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

  /**
   * One row per child and FY counted, naming the referral that decided the status: referral_id,
   * person_id, workspace_id, referral_date, financial_year, status.
   */
  public static Dataset<Row> facts(ReportInputs in) {
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

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    return ReportColumns.perFinancialYearAnd(facts, in,
        ReportColumns.categories(facts.sparkSession(), "status", STATUSES), count(lit(1)).as("children"));
  }
}
