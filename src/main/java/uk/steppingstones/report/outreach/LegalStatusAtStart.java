package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.START_SET;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.report.LegalStatus;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.StartSet;

/**
 * {@code legal_status_at_start}: per FY and legal status (all four, zero-filled), the children of
 * the FY's start set ({@link StartSet}) whose legal status on d ({@link LegalStatus}) it was, and
 * their percentage of the start set. FYs run from the first FY with an involvement start through
 * FY(A).
 */
public final class LegalStatusAtStart implements ReportTable {
  @Override
  public String name() {
    return "legal_status_at_start";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year and legal status (CLA, CP, CIN, Assessment; all four every year)",
        "The legal status of the children starting with Stepping Stones. " + START_SET + " The legal status on d "
            + "follows the hierarchy: CLA if a care episode is open on d, else CP if a child protection plan is "
            + "open, else CIN if a child-in-need plan is open, else Assessment. "
            + years("an involvement start") + " A status with no child is 0.",
        financialYear("the involvement start (the start set's year)"),
        key("legal_status", "CLA, CP, CIN or Assessment, in that order."),
        children("children", "Children of the year's start set whose legal status on d was this one."),
        pct("pct", "children", "the year's start set (all four statuses)"));
  }

  /** The start set with each child's {@code legal_status} on d. */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("legal_status_at_start.facts", () -> LegalStatus.onDay(in, StartSet.of(in), "d"));
  }

  /** The start set's involvement of each child. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children", Detail.INVOLVEMENT, "involvement_id", "d", "the start set's d: the StartDate of the child's earliest involvement starting in the year"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    return ReportColumns.perFinancialYearAnd(facts, in,
            ReportColumns.categories(facts.sparkSession(), "legal_status", LegalStatus.ALL),
            count(lit(1)).as("children"))
        .withColumn("pct", ReportColumns.pct(col("children"),
            sum(col("children")).over(Window.partitionBy("financial_year"))));
  }
}
