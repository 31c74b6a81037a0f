package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.pct;
import static uk.steppingstones.report.ReportDocs.years;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code plo_overlap}: per FY, children_started_plo (distinct children with a PLO StartDate in the
 * FY; P = their first in the FY), involved_before (an involvement starting strictly before P,
 * however long ago and whether or not still open) and first_opened_during (no involvement
 * starting before P, and one starting between P and the end of P's PLO, both inclusive), with
 * their percentages of children_started_plo.
 *
 * <p>The end of P's PLO is the latest EndDate among the child's PLOs starting on P, and A when
 * any of them is open (an EndDate after A reads as open). FYs run from the first FY with a PLO
 * start through FY(A).
 */
public final class PloOverlap implements ReportTable {
  @Override
  public String name() {
    return "plo_overlap";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of PLO start",
        "How Stepping Stones work overlaps with the Public Law Outline (court pre-proceedings). P is a child's "
            + "first PLO StartDate in the year; the end of P's PLO is the latest EndDate among the child's PLOs "
            + "starting on P, or the as-of date when any of them is open. " + years("a PLO start")
            + " A year without PLO starts is 0.",
        financialYear("the PLO's StartDate"),
        children("children_started_plo", "Distinct children with a PLO starting in the year."),
        children("involved_before", "Of them, the children with an involvement starting strictly before P, however "
            + "long before and whether or not still open."),
        children("first_opened_during", "Of them, the children with no involvement starting before P and one "
            + "starting between P and the end of P's PLO, both days included."),
        pct("pct_involved_before", "involved_before", "children_started_plo"),
        pct("pct_first_opened_during", "first_opened_during", "children_started_plo"));
  }

  /**
   * One row per child and FY of a PLO start: p (P), plo_id (the PLO starting on P, the smaller
   * PLOID of several), plo_end, before_involvement_id and before_start (the latest involvement
   * starting before P, null when none), during_involvement_id and during_start (the first
   * involvement starting between P and plo_end, null when none).
   */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("plo_overlap.facts", () -> {
      Dataset<Row> plo = in.table("plo");
      Dataset<Row> starts =
          plo.groupBy(col("person_id"), FinancialYear.of(col("start_date")).as("financial_year"))
              .agg(min(col("start_date")).as("p"));
      Dataset<Row> ends =
          plo.groupBy(col("person_id").as("e_person"), col("start_date").as("e_start"))
              .agg(
                  when(count(when(col("end_date").isNull(), lit(1))).gt(0), in.asOfDate())
                      .otherwise(max(col("end_date")))
                      .as("plo_end"),
                  min(struct(ReportColumns.idOrder(col("plo_id")).as("o"), col("plo_id"))).getField("plo_id")
                      .as("plo_id"));
      Dataset<Row> inv =
          in.table("ss_involvement").select(col("person_id").as("i_person"), col("start_date").as("i_start"),
              col("involvement_id").as("i_id"));
      Column involvement = struct(col("i_start"), ReportColumns.idOrder(col("i_id")).as("o"), col("i_id"));
      Column before = col("i_start").lt(col("p"));
      Column during = col("i_start").geq(col("p")).and(col("i_start").leq(col("plo_end")));
      return starts
          .join(ends, col("person_id").equalTo(col("e_person")).and(col("p").equalTo(col("e_start"))))
          .join(inv, col("person_id").equalTo(col("i_person")), "left")
          .groupBy("person_id", "financial_year", "p", "plo_id", "plo_end")
          .agg(max(when(before, involvement)).as("b"), min(when(during, involvement)).as("d"))
          .select(col("person_id"), col("financial_year"), col("p"), col("plo_id"), col("plo_end"),
              col("b.i_id").as("before_involvement_id"), col("b.i_start").as("before_start"),
              col("d.i_id").as("during_involvement_id"), col("d.i_start").as("during_start"));
    });
  }

  private static Column involvedBefore() {
    return col("before_involvement_id").isNotNull();
  }

  private static Column firstOpenedDuring() {
    return not(involvedBefore()).and(col("during_involvement_id").isNotNull());
  }

  /** Each child's PLO starting on P, the involvement before it, the involvement first opened during it. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in),
        figure("children_started_plo", Detail.PLO, "plo_id", "p", "P, the child's first PLO StartDate in the year"),
        figure("involved_before", Detail.INVOLVEMENT, "before_involvement_id", "before_start",
            "the StartDate of the child's latest involvement starting before P").where(involvedBefore()),
        figure("first_opened_during", Detail.INVOLVEMENT, "during_involvement_id", "during_start",
            "the StartDate of the first involvement starting between P and the end of P's PLO")
            .where(firstOpenedDuring()));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return ReportColumns.perFinancialYear(facts(in), in,
            count(lit(1)).as("children_started_plo"),
            count(when(involvedBefore(), lit(1))).as("involved_before"),
            count(when(firstOpenedDuring(), lit(1))).as("first_opened_during"))
        .withColumn("pct_involved_before", ReportColumns.pct(col("involved_before"), col("children_started_plo")))
        .withColumn(
            "pct_first_opened_during", ReportColumns.pct(col("first_opened_during"), col("children_started_plo")));
  }
}
