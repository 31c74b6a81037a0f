package uk.steppingstones.conformed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void applyingANightKeepsEachKeysNewerVersionAsAMergeWould() {
    String cols = "plan_id|start_date|last_modified|file_rank|source_line";
    Dataset<Row> table = text(cols,
        "A|2024-01-01|2025-03-01|100|2",
        "B|2024-02-01|2025-03-05|100|3",
        "C|2024-03-01|2025-03-01|100|4",
        "|2024-04-01|2025-03-01|100|5");
    Dataset<Row> night = text(cols + "|added",
        "A|2024-01-09|2025-03-02|200|2|x",   // newer: replaces A
        "B|2024-02-09|2025-03-02|200|3|x",   // older: B stays
        "C|2024-03-09|2025-03-01|100|4|x",   // the same version: C stays
        "D|2024-05-01|2025-03-02|200|5|x",   // new key
        "|2024-06-01|2025-03-02|200|6|x");   // a null key matches nothing: both kept

    Dataset<Row> applied = Versioning.applyNewer(table, night, List.of("plan_id"));

    assertEquals(List.of(night.columns()), List.of(applied.columns()), "the night's columns");
    assertRows(applied, "plan_id|start_date|added",
        "A|2024-01-09|x", "B|2024-02-01|", "C|2024-03-01|", "D|2024-05-01|x", "|2024-04-01|", "|2024-06-01|x");
  }

  @Test
  void mergingIntoATableAfterADeltaMergeOfItReadsTheFilesItsLogNames() throws Exception {
    Lake lake = new Lake(spark, Files.createTempDirectory("versioning").toString());
    ConformedStage stage = new ConformedStage(new DeltaWriter(lake));
    var plan = Datasets.get("cp_plan");
    String path = lake.conformed("cp_plan");
    stage.merge(plan, ConformedStage.conformedColumns(conformed("cp_plan", COLS + "|source_person_id",
        "A|P1|2024-01-01|2025-03-01|false|100|2|f1|P1"), plan));
    assertTrue(lake.knownFiles(path).isPresent(), "a created table's files are named by its log");
    assertTrue(stage.kept("cp_plan"), "the table as written is kept for the stages after");
    // Re-pointing people is a Delta MERGE, not a replace: the log names its files from the create on.
    stage.repoint(plan, text("person_id|surviving_person_id", "P1|P9"));
    assertTrue(lake.knownFiles(path).isPresent(), "the create's files, then the MERGE's removed and added");
    assertRows(lake.readCurrent(path), "plan_id|person_id", "A|P9");
    // The re-point changed the table: what the create kept is no longer current and is not read.
    assertFalse(stage.kept("cp_plan"));
    assertRows(stage.current("cp_plan"), "plan_id|person_id", "A|P9");

    var merged = stage.merge(plan, ConformedStage.conformedColumns(conformed("cp_plan", COLS,
        "B|P2|2024-02-01|2025-03-02|false|200|3|f2"), plan));

    assertRows(merged.table(), "plan_id|person_id", "A|P9", "B|P2");
    assertRows(stage.current("cp_plan"), "plan_id|person_id", "A|P9", "B|P2");
    stage.release();
    assertFalse(stage.kept("cp_plan"));
    assertRows(lake.read(path), "plan_id|person_id", "A|P9", "B|P2");
    assertTrue(lake.knownFiles(path).isPresent(), "the merge replaced the table whole");
    assertRows(lake.readCurrent(path), "plan_id|person_id", "A|P9", "B|P2");
  }
}
