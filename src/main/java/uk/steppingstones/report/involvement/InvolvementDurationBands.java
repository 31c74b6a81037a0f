package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code involvement_duration_bands}: per FY of EndDate (EndDate on or before A) and duration band
 * (EndDate - StartDate in days: {@code 0-89}, {@code 90-179}, {@code 180-269}, {@code 270-364},
 * {@code 365+}), the number of involvements that ended. Every band of every FY from the first FY
 * with an ended involvement through FY(A) is present, with 0 where none ended.
 */
public final class InvolvementDurationBands implements ReportTable {
  public static final List<String> BANDS = List.of("0-89", "90-179", "180-269", "270-364", "365+");

  @Override
  public String name() {
    return "involvement_duration_bands";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of EndDate and duration band (all five every year)",
        "How many involvements that ended fell in each length band. Duration is EndDate − StartDate in days, over "
            + "involvements with an EndDate on or before the as-of date. " + years("an ended involvement")
            + " A band without involvements is 0.",
        financialYear("the involvement's EndDate"),
        key("band", "Duration in days: 0-89, 90-179, 180-269, 270-364 or 365+."),
        records("involvements", "Involvements whose EndDate is in the year and whose duration is in the band."));
  }

  /** The band of a duration in days. */
  static Column band(Column days) {
    return when(days.lt(90), lit("0-89"))
        .when(days.lt(180), lit("90-179"))
        .when(days.lt(270), lit("180-269"))
        .when(days.lt(365), lit("270-364"))
        .otherwise(lit("365+"));
  }

  /** The involvements that ended in the year, in their band. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(ended(in),
        figure("involvements", Detail.INVOLVEMENT, "involvement_id", "end_date", "the involvement's EndDate"));
  }

  private static Dataset<Row> ended(ReportInputs in) {
    return EndedInvolvements.of(in).withColumn("band", band(col("duration_days")));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> ended = ended(in);
    return ReportColumns.perFinancialYearAnd(ended, in,
        ReportColumns.categories(ended.sparkSession(), "band", BANDS), count(lit(1)).as("involvements"));
  }
}
