package uk.steppingstones.report.involvement;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportColumns;
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

  /** The band of a duration in days. */
  static Column band(Column days) {
    return when(days.lt(90), lit("0-89"))
        .when(days.lt(180), lit("90-179"))
        .when(days.lt(270), lit("180-269"))
        .when(days.lt(365), lit("270-364"))
        .otherwise(lit("365+"));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> ended = EndedInvolvements.of(in).withColumn("band", band(col("duration_days")));
    return ReportColumns.perFinancialYearAnd(ended, in,
        ReportColumns.categories(ended.sparkSession(), "band", BANDS), count(lit(1)).as("involvements"));
  }
}
