package uk.steppingstones.report.fgc;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.records;
import static uk.steppingstones.report.ReportDocs.financialYear;
import static uk.steppingstones.report.ReportDocs.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code fgc_meetings}: per FY of MeetingDate, meeting type ({@code FGC}, {@code Family Meeting})
 * and stage ({@code Initial}, {@code Review}), the meetings held (MeetingStatus HELD; cancelled
 * ones do not count, nor meetings dated after A). All four kinds of every FY from the first with a
 * held meeting through FY(A) are present, zeros where none, in the order FGC Initial, FGC Review,
 * Family Meeting Initial, Family Meeting Review. A meeting counts whether or not its workspace's
 * referral is in the extract.
 */
public final class FgcMeetings implements ReportTable {
  static final Map<String, String> TYPES = Map.of("FGC", "FGC", "FM", "Family Meeting");
  static final Map<String, String> STAGES = Map.of("INITIAL", "Initial", "REVIEW", "Review");

  /** The four kinds, in the report's order (Figure 17). */
  static final List<List<String>> KINDS = List.of(
      List.of("FGC", "Initial"), List.of("FGC", "Review"),
      List.of("Family Meeting", "Initial"), List.of("Family Meeting", "Review"));

  @Override
  public String name() {
    return "fgc_meetings";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "financial year of MeetingDate, meeting type and stage (all four kinds every year)",
        "Family group conferences and family meetings held. Only meetings with MeetingStatus HELD count; "
            + "cancelled ones never do. A meeting counts whether or not its workspace's referral is in the extract. "
            + years("a held meeting") + " Rows run FGC Initial, FGC Review, Family Meeting Initial, Family "
            + "Meeting Review; a kind with none is 0.",
        financialYear("the meeting's MeetingDate"),
        key("meeting_type", "FGC (family group conference) or Family Meeting."),
        key("stage", "Initial or Review."),
        records("meetings", "Meetings of this type and stage held in the year."));
  }

  /**
   * One row per held meeting: meeting_id, workspace_id, meeting_date, financial_year, meeting_type,
   * stage (report wording).
   */
  public static Dataset<Row> facts(ReportInputs in) {
    return in.table("fgc_meeting")
        .filter(col("meeting_status").equalTo("HELD"))
        .select(
            col("meeting_id"),
            col("workspace_id"),
            col("meeting_date"),
            FinancialYear.of(col("meeting_date")).as("financial_year"),
            ReportColumns.label(col("meeting_type"), TYPES).as("meeting_type"),
            ReportColumns.label(col("stage"), STAGES).as("stage"));
  }

  /** The meetings held (a meeting names a workspace, not a child: child_key is empty). */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(facts(in), figure("meetings", Detail.MEETING, "meeting_id", "meeting_date",
        "the meeting's MeetingDate").noChild());
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> facts = facts(in);
    return ReportColumns.perFinancialYearAnd(facts, in, kinds(facts.sparkSession()),
        count(lit(1)).as("meetings"));
  }

  private static Dataset<Row> kinds(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < KINDS.size(); i++) {
      rows.add(RowFactory.create(KINDS.get(i).get(0), KINDS.get(i).get(1), i));
    }
    return spark.createDataFrame(rows, new StructType()
        .add("meeting_type", "string", false)
        .add("stage", "string", false)
        .add("category_order", "int", false));
  }
}
