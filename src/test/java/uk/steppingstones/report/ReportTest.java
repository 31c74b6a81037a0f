package uk.steppingstones.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;

/** Base of report table tests: A = 31 March 2025 unless said; inputs from tiny conformed frames. */
public abstract class ReportTest extends SparkTest {
  protected static final LocalDate A = LocalDate.of(2025, 3, 31);
  protected static final ChildKey KEY = new ChildKey("test-key");

  /** Inputs as of A from (table name, frame) pairs; other conformed tables are empty. */
  protected static ReportInputs inputs(Object... nameThenFrame) {
    return inputsAsOf(A, nameThenFrame);
  }

  protected static ReportInputs inputsAsOf(LocalDate asOf, Object... nameThenFrame) {
    Map<String, Dataset<Row>> given = new HashMap<>();
    for (int i = 0; i < nameThenFrame.length; i += 2) {
      @SuppressWarnings("unchecked")
      Dataset<Row> frame = (Dataset<Row>) nameThenFrame[i + 1];
      given.put((String) nameThenFrame[i], frame);
    }
    return ReportInputs.of(spark, given, asOf, KEY);
  }

  /** {@code name:type,...} of a frame's columns, to check the export types. */
  protected static String types(Dataset<Row> df) {
    StringBuilder sb = new StringBuilder();
    for (var f : df.schema().fields()) {
      sb.append(sb.length() == 0 ? "" : ",").append(f.name()).append(':').append(f.dataType().simpleString());
    }
    return sb.toString();
  }
}
