package uk.steppingstones.report.cla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.report.ReportInputs;

/** Shared helpers of the CLA / PLO tests: A = 31 March 2025 unless said. */
abstract class ClaTest extends SparkTest {
  static final LocalDate A = LocalDate.of(2025, 3, 31);

  static final String EPISODES = "episode_id|person_id|start_date|end_date|placement_type";
  static final String INVOLVEMENTS = "involvement_id|person_id|start_date|end_date";
  static final String PEOPLE = "person_id|date_of_birth|family_id";

  /** Inputs from (table name, frame) pairs. */
  static ReportInputs inputs(Object... nameThenFrame) {
    Map<String, Dataset<Row>> given = new HashMap<>();
    for (int i = 0; i < nameThenFrame.length; i += 2) {
      @SuppressWarnings("unchecked")
      Dataset<Row> frame = (Dataset<Row>) nameThenFrame[i + 1];
      given.put((String) nameThenFrame[i], frame);
    }
    return ReportInputs.of(spark, given, A, new ChildKey("test-key"));
  }

  static String types(Dataset<Row> df) {
    StringBuilder sb = new StringBuilder();
    for (var f : df.schema().fields()) {
      sb.append(sb.length() == 0 ? "" : ",").append(f.name()).append(':').append(f.dataType().simpleString());
    }
    return sb.toString();
  }
}
