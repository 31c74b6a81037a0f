package uk.steppingstones.conformed;

import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.landing.Datasets;

class VersioningTest extends SparkTest {
  private static final String COLS = "plan_id|person_id|start_date|last_modified|deleted|file_rank|source_line|source_file";

  @Test
  void newestLastModifiedWinsThenTheLaterFileThenTheLaterLine() {
    Dataset<Row> rows = conformed("cp_plan", COLS,
        "A|P1|2024-01-01|2025-03-01 10:00|false|100|2|f1",
        "A|P1|2024-01-02|2025-03-01 09:00|false|200|2|f2",   // older LastModified, later file: loses
        "B|P1|2024-02-01|2025-03-01 10:00|false|100|3|f1",
        "B|P1|2024-02-02|2025-03-01 10:00|false|200|2|f2",   // tie: later file wins
        "C|P1|2024-03-01|2025-03-01 10:00|false|100|4|f1",
        "C|P1|2024-03-02|2025-03-01 10:00|false|100|5|f1");  // tie in one file: later line wins
    assertRows(Versioning.latestPerKey(rows, List.of("plan_id")), "plan_id|start_date",
        "A|2024-01-01", "B|2024-02-02", "C|2024-03-02");
  }

  @Test
  void mergeAppliesOnlyNewerVersionsAndKeepsDeletionsAsTombstones() throws Exception {
    Lake lake = new Lake(spark, Files.createTempDirectory("versioning").toString());
    ConformedStage stage = new ConformedStage(new DeltaWriter(lake));
    var plan = Datasets.get("cp_plan");
    stage.merge(plan, ConformedStage.conformedColumns(conformed("cp_plan", COLS,
        "A|P1|2024-01-01|2025-03-01|false|100|2|f1",
        "B|P1|2024-02-01|2025-03-01|false|100|3|f1"), plan));
    stage.merge(plan, ConformedStage.conformedColumns(conformed("cp_plan", COLS,
        "A|P1|2023-12-01|2025-02-01|false|200|2|f2",          // older than held: superseded
        "B|P1|2024-02-01|2025-03-02|true|200|3|f2",           // deleted
        "C|P1|2024-03-01|2025-03-02|false|200|4|f2"), plan));
    assertRows(lake.read(lake.conformed("cp_plan")), "plan_id|start_date|deleted",
        "A|2024-01-01|false", "B|2024-02-01|true", "C|2024-03-01|false");
    assertRows(stage.current("cp_plan"), "plan_id", "A", "C");
    // An older version of the deleted B, arriving later, does not bring it back.
    stage.merge(plan, ConformedStage.conformedColumns(conformed("cp_plan", COLS,
        "B|P1|2024-02-01|2025-03-01 12:00|false|300|2|f3"), plan));
    assertRows(stage.current("cp_plan"), "plan_id", "A", "C");
  }
}
