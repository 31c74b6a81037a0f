package uk.steppingstones.report.outreach;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.children;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.report.ReportDocs.START_SET;
import static uk.steppingstones.report.ReportDocs.financialYear;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Age;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.StartSet;

/**
 * {@code age_at_start}: per FY and age, the children of the FY's start set ({@link StartSet}) of
 * that age in whole years on d ({@link Age}). Only children with a date of birth count; only ages
 * with children have a row. {@code age} is BIGINT like every whole number of the export.
 */
public final class AgeAtStart implements ReportTable {
  @Override
  public String name() {
    return "age_at_start";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year and age, ages with children only",
        "The age of the children starting with Stepping Stones. " + START_SET + " Age is whole years on d, a "
            + "birthday counting from its own day (a 29 February birthday is reached on 1 March in other years). "
            + "Only children with a date of birth count, and only ages with children have a row.",
        financialYear("the involvement start (the start set's year)"),
        key("age", "Age in whole years on d (BIGINT)."),
        children("children", "Children of the year's start set of this age on d."));
  }

  /** The start-set children with a date of birth, with their {@code age} on d. */
  static Dataset<Row> facts(ReportInputs in) {
    return in.shared("start_set_ages", () -> {
      Dataset<Row> births =
          in.table("person")
              .filter(col("date_of_birth").isNotNull())
              .select(col("person_id").as("b_person"), col("date_of_birth"));
      return StartSet.of(in)
          .join(births, col("person_id").equalTo(col("b_person")))
          .withColumn("age", Age.onDay(col("date_of_birth"), col("d")).cast("bigint"))
          .drop("b_person", "date_of_birth");
    });
  }

  /** The start set's involvement of each child with a date of birth. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("children", Detail.INVOLVEMENT, "involvement_id", "d", "the start set's d: the StartDate of the child's earliest involvement starting in the year"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    return facts(in)
        .groupBy("financial_year", "age")
        .agg(count(lit(1)).as("children"))
        .orderBy("financial_year", "age");
  }
}
