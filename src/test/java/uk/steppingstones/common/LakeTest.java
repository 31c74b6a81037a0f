package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/** What a table's commits say of a write: its files, whether it replaced rows, its row counts. */
class LakeTest extends SparkTest {
  @TempDir Path dir;

  private static Dataset<Row> rows(String... ids) {
    return text("id|source_file", java.util.Arrays.stream(ids).map(i -> i + "|" + (i.startsWith("a") ? "a.csv" : "b.csv"))
        .toArray(String[]::new));
  }

  @Test
  void aCommitNamesTheFilesItAddedAndTheRowsItWrote() {
    Lake lake = new Lake(spark, dir.toString());
    DeltaWriter writer = new DeltaWriter(lake);
    String path = lake.report("t");
    TableDoc doc = TableDoc.of("One row per thing.", "A table of things.",
        ColumnDoc.key("id", "The thing."), ColumnDoc.key("source_file", "Its file."));

    long created = writer.overwrite(rows("a1", "a2", "b1").coalesce(1), path, doc);
    long replaced = writer.overwrite(rows("a3", "b2").coalesce(1), path, doc);

    assertEquals(0, created);
    assertEquals(1, replaced);
    List<org.apache.hadoop.fs.Path> files = lake.filesAdded(path, replaced);
    assertEquals(1, files.size());
    // The file named is the table's current data, readable on its own.
    assertEquals(2, spark.read().parquet(files.get(0).toString()).count());
    assertEquals(3, lake.metric(path, created, "numOutputRows").getAsLong());
    assertEquals(2, lake.metric(path, replaced, "numOutputRows").getAsLong());
    assertEquals(4, lake.metric(path, replaced, "numOutputRows", "numOutputRows").getAsLong());
    assertTrue(lake.metric(path, replaced, "numOutputRows", "noSuchMetric").isEmpty());
  }

  @Test
  void aReplaceWhereSaysWhetherTheTableHeldRowsItReplaced() {
    Lake lake = new Lake(spark, dir.toString());
    DeltaWriter writer = new DeltaWriter(lake);
    String path = lake.raw("t");

    assertFalse(writer.replaceWhere(rows("a1", "a2"), path, "source_file = 'a.csv'"), "a new table");
    assertFalse(writer.replaceWhere(rows("b1"), path, "source_file = 'b.csv'"), "no rows of b.csv yet");
    assertTrue(writer.replaceWhere(rows("b1"), path, "source_file = 'b.csv'"), "b.csv written again");
    assertEquals(3, lake.read(path).count());
  }
}
