package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.report.Claims;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code closure_reasons}: per FY of CreatedDateTime and reason not achieved, the number of
 * completed SS_CLOSE forms of an involvement without a claim, i.e. the closures without a cost
 * save or cost avoidance form the report lists. Every such closure counts, whatever
 * OutcomeAchieved says.
 *
 * <p>Readings: a claim is a kept (de-duplicated) claim of {@link Claims#kept} as of A, whenever it
 * was made, and belongs to the involvement its SS_TAF form names; a duplicate claim, a draft or a
 * claim without InvolvementID belongs to no involvement. A closure without InvolvementID has no
 * claim, so it counts. The reason is the report's wording, {@code Not recorded} when unanswered
 * or answered with an unlisted code. Only reasons with closures have a row (no zero rows), so an
 * FY inside the range without any counted closure has no row; rows run by FY, then the
 * catalogue's order with {@code Not recorded} last.
 */
public final class ClosureReasons implements ReportTable {
  static final String NOT_RECORDED = "Not recorded";

  static final List<String> REASONS = reasons();

  private static List<String> reasons() {
    List<String> reasons = new ArrayList<>(Catalogue.REASONS_NOT_ACHIEVED.values());
    reasons.add(NOT_RECORDED);
    return List.copyOf(reasons);
  }

  @Override
  public String name() {
    return "closure_reasons";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of creation and reason outcome not achieved, reasons with closures only",
        "Why involvements closed without a cost save or avoidance: completed Closure Records (SS_CLOSE) of "
            + "involvements without a claim, by the reason outcome not achieved, whatever OutcomeAchieved says. An "
            + "involvement has a claim when a kept claim (as of the as-of date, made whenever; duplicates and "
            + "drafts are not claims) names its InvolvementID; a closure without an InvolvementID has none, so it "
            + "counts. Only reasons with closures have a row, so a year without any has no row.",
        financialYear("the closure record's CreatedDateTime"),
        key("reason", "ReasonNotAchieved in the report's wording: Non-engagement, Outcomes not achieved due to risks "
            + "escalating, Plan changed, Family moved out of area, Other; Not recorded when unanswered or answered "
            + "with an unlisted code."),
        records("closures", "Closure records created in the year, of involvements without a claim, giving this "
            + "reason."));
  }

  /**
   * One row per counted closure: form_id, person_id, involvement_id (null when none),
   * created_date, financial_year and reason (report wording).
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.shared("closure_reasons.facts", () -> counted(in));
  }

  private static Dataset<Row> counted(ReportInputs in) {
    Dataset<Row> claimed = Claims.kept(in)
        .filter(col("involvement_id").isNotNull())
        .select(col("involvement_id").as("claimed_involvement_id"))
        .distinct();
    return CountedForms.completedClosures(in)
        // A null InvolvementID matches nothing, so such a closure stays.
        .join(claimed, col("involvement_id").equalTo(col("claimed_involvement_id")), "left_anti")
        .select(CountedForms.factColumns(
            coalesce(ReportColumns.label(col("reason_not_achieved"), Catalogue.REASONS_NOT_ACHIEVED),
                lit(NOT_RECORDED)).as("reason")));
  }

  /** The closure records counted. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("closures", Detail.FORM, "form_id", "created_date", "the day the form was created"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> closures = facts(in);
    return ReportColumns.perFinancialYearAnd(closures, in,
            ReportColumns.categories(closures.sparkSession(), "reason", REASONS),
            count(lit(1)).as("closures"))
        .filter(col("closures").gt(0));
  }
}
