package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code cla_entry_with_ss}: per FY, children_became_cla (distinct children with a period of care
 * starting in the FY), with_ss (of them, those with an involvement open on their first such
 * period start in the FY) and pct. FYs run from the first FY with a period start through FY(A).
 */
public final class ClaEntryWithSs implements ReportTable {
  @Override
  public String name() {
    return "cla_entry_with_ss";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year in which children became looked after",
        "Children who became looked after, and how many of them were working with Stepping Stones at the time. "
            + "A period of care is a child's run of care episodes (by StartDate, then EpisodeID) in which each "
            + "episode starts on or before the previous one's EndDate (or the previous one is open); it starts on its "
            + "first episode's StartDate. "
            + years("a period of care starting") + " A year with none is 0.",
        financialYear("the period of care's start"),
        children("children_became_cla", "Distinct children with a period of care starting in the year."),
        children("with_ss", "Of them, the children with a Stepping Stones involvement open on the day they first "
            + "became looked after in the year (their first period start in the year)."),
        pct("pct", "with_ss", "children_became_cla"));
  }

  /**
   * One row per child and FY of a period start: first_start (their first period start in the FY),
   * first_episode_id (that period's first episode), with_ss, ss_involvement_id.
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("cla_entry_with_ss.facts", () -> {
      Dataset<Row> firstStarts =
          PeriodsOfCare.of(in)
              .groupBy(col("person_id"), FinancialYear.of(col("period_start")).as("financial_year"))
              // Periods of a child never start on the same day: the first start names one period.
              .agg(min(struct(col("period_start"), col("first_episode_id"))).as("first"))
              .select(col("person_id"), col("financial_year"), col("first.period_start").as("first_start"),
                  col("first.first_episode_id").as("first_episode_id"));
      return Involvements.withSs(in, firstStarts, "first_start");
    });
  }

  /** Each child's first period of care in the year, and for with_ss the involvement open that day. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("children_became_cla", Detail.PERIOD_OF_CARE, "first_episode_id", "first_start",
            "the start of the child's first period of care in the year"),
        figure("with_ss", Detail.INVOLVEMENT, "ss_involvement_id", "first_start",
            "the day the child became looked after (the involvement was open on it)").where(col("with_ss")));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return YearCounts.of(in, facts(in), "children_became_cla");
  }
}
