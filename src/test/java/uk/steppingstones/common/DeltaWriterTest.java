package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/**
 * An overwrite replaces every row, whether it names the table's files from the log (its commits
 * since it was last replaced) or leaves Delta to find them (a history longer than is read).
 * A run's append leaves no rows of runs that did not succeed.
 */
class DeltaWriterTest extends SparkTest {
  @TempDir Path dir;
  private Lake lake;
  private DeltaWriter writer;
  private String path;

  @BeforeEach
  void newLake() {
    lake = new Lake(spark, dir.toString());
    writer = new DeltaWriter(lake);
    path = lake.report("t");
  }

  private static final TableDoc DOC = TableDoc.of("One row per thing.", "A table of things.",
      ColumnDoc.key("id", "The thing."), ColumnDoc.value("n", "How many."));

  private static Dataset<Row> rows(String... values) {
    return text("id|n", values);
  }

  /** The table's files as Delta's own replay of the log finds them, and its rows. */
  private static void assertTable(String path, long files, String... expected) {
    Snapshot snapshot = DeltaLog.forTable(spark, path).update(false, scala.Option.empty(), scala.Option.empty());
    assertEquals(files, snapshot.allFiles().count(), "files by replay");
    assertEquals(files, snapshot.checksumOpt().get().numFiles(), "files by checksum");
    assertEquals(List.of(expected), spark.read().format("delta").load(path).orderBy("id").collectAsList().stream()
        .map(r -> r.getString(0) + "|" + r.getString(1)).toList());
  }

  private static String lastOperation(String path) {
    return spark.sql("DESCRIBE HISTORY delta.`" + path + "` LIMIT 1").first().getAs("operation");
  }

  @Test
  void overwritesAfterACreateNameTheFilesFromTheLog() {

    writer.overwrite(rows("a|1", "b|2").repartition(2), path, DOC);
    assertEquals(2, lake.filesFromLog(path, 0).orElseThrow().size(), "a create names its files");
    writer.overwrite(rows("c|3").coalesce(1), path, DOC);
    writer.overwrite(rows("d|4", "e|5").coalesce(1), path, DOC);

    assertTable(path, 1, "d|4", "e|5");
    assertEquals("WRITE", lastOperation(path));
    assertEquals(1, lake.filesFromLog(path, lake.version(path)).orElseThrow().size());
  }

  @Test
  void aDescriptionChangeAfterTheOverwriteKeepsItsFilesNamed() {
    writer.overwrite(rows("a|1"), path, DOC);
    TableDoc reworded = TableDoc.of("One row per thing.", "Things, reworded.",
        ColumnDoc.key("id", "The thing."), ColumnDoc.value("n", "How many."));

    writer.overwrite(rows("b|2").coalesce(1), path, reworded);
    assertEquals("SET TBLPROPERTIES", lastOperation(path), "the description's own commit");
    writer.overwrite(rows("c|3").coalesce(1), path, reworded);

    assertTable(path, 1, "c|3");
    assertTrue(lake.filesFromLog(path, lake.version(path)).isPresent());
  }

  @Test
  void afterAnAppendTheLogNamesBothFilesAndTheOverwriteReplacesEveryRow() {
    writer.overwrite(rows("a|1").coalesce(1), path, DOC);
    writer.append(rows("b|2").coalesce(1), path);
    assertEquals(2, lake.filesFromLog(path, lake.version(path)).orElseThrow().size(), "the create's file and the append's");

    writer.overwrite(rows("c|3"), path, DOC);

    assertTable(path, 1, "c|3");
  }

  /** The file names the log's commits give, against those Delta's own replay finds; and the rows read from them. */
  private void assertLogNamesDeltasFiles(String... expected) {
    Snapshot snapshot = DeltaLog.forTable(spark, path).update(false, scala.Option.empty(), scala.Option.empty());
    Set<String> byReplay = Set.copyOf(snapshot.allFiles().select("path").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList());
    Lake.KnownFiles known = lake.knownFiles(path).orElseThrow();
    assertEquals(byReplay, Set.copyOf(known.files().stream().map(f -> f.path()).toList()));
    assertEquals(List.of(expected), lake.readCurrent(path).orderBy("id").collectAsList().stream()
        .map(r -> r.getString(0) + "|" + r.getString(1)).toList());
  }

  @Test
  void theLogsCommitsSinceTheLastReplaceNameTheFilesDeltaFindsByReplay() {
    writer.overwrite(rows("a|1", "b|2").repartition(2), path, DOC);
    writer.append(rows("c|3").coalesce(1), path);
    assertLogNamesDeltasFiles("a|1", "b|2", "c|3");
    // A replace of some rows removes a file and adds one; a delete rewrites the file it touches.
    writer.replaceWhere(rows("c|30").coalesce(1), path, "id = 'c'");
    io.delta.tables.DeltaTable.forPath(spark, path).delete("id = 'a'");
    writer.append(rows("d|4").coalesce(1), path);
    assertLogNamesDeltasFiles("b|2", "c|30", "d|4");

    long version = lake.version(path);
    assertTrue(lake.filesFromLog(path, version, (int) version).isEmpty(), "the create lies beyond the commits read");
    assertTrue(lake.filesFromLog(path, version, (int) version + 1).isPresent());
  }

  /** Operation, mode and whether a blind append, of each commit, oldest first. */
  private static List<String> commits(String path) {
    return spark.sql("DESCRIBE HISTORY delta.`" + path + "`").orderBy("version").collectAsList().stream()
        .map(r -> r.getAs("operation") + " " + r.<scala.collection.Map<String, String>>getAs("operationParameters")
            .get("mode").getOrElse(() -> "-") + " " + r.getAs("isBlindAppend"))
        .toList();
  }

  @Test
  void aTableWithoutADescriptionAndItsAppendsAreCommittedAsTheWritersOwnAre() {
    assertFalse(writer.replaceWhere(rows("a|1", "b|2").repartition(2), path, "id = 'a'"), "a new table");
    writer.append(rows("c|3").coalesce(1), path);
    assertLogNamesDeltasFiles("a|1", "b|2", "c|3");
    // A column the table lacks: the writer's append, which merges the schema.
    writer.append(text("id|n|extra", "d|4|x").coalesce(1), path);

    assertEquals(List.of("WRITE Overwrite false", "WRITE Append true", "WRITE Append true"), commits(path));
    assertEquals(List.of("id", "n", "extra"), List.of(spark.read().format("delta").load(path).columns()));
    assertEquals(List.of("a", "b", "c", "d"), ids(path));
    assertEquals(2, lake.filesFromLog(path, 0).orElseThrow().size(), "the create names its two files");
  }

  @Test
  void aNewSchemaIsTakenWhole() {
    writer.overwrite(rows("a|1"), path);

    writer.overwrite(text("id|n|extra", "b|2|x").coalesce(1), path);

    assertEquals(List.of("id", "n", "extra"), List.of(spark.read().format("delta").load(path).columns()));
    assertEquals(1, spark.read().format("delta").load(path).count());
  }

  /** Rows of run {@code run} of file {@code file}, written as that run: its commit names it. */
  private boolean writeAsRun(String run, String file, Runs runs, String... ids) {
    spark.conf().set(Runs.COMMIT_LABEL, run);
    try {
      Dataset<Row> rows = text("id|source_file|run_id",
          java.util.Arrays.stream(ids).map(i -> i + "|" + file + "|" + run).toArray(String[]::new));
      return writer.appendForRun(rows, path, "source_file = '" + file + "'", runs);
    } finally {
      spark.conf().unset(Runs.COMMIT_LABEL);
    }
  }

  private static List<String> ids(String path) {
    return spark.read().format("delta").load(path).orderBy("id").select("id").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
  }

  @Test
  void aRunAppendsBehindASucceededRunAndRemovesWhatAStoppedRunLeft() {

    assertFalse(writeAsRun("r1", "a.csv", new Runs("r1", Set.of()), "a1", "a2"), "a new table");
    assertEquals(Optional.of("r1"), lake.lastWritingRun(path));
    // r1 succeeded: r2 appends, reading nothing.
    assertFalse(writeAsRun("r2", "b.csv", new Runs("r2", Set.of("r1")), "b1"));
    assertEquals("WRITE", lastOperation(path));
    assertEquals(List.of("a1", "a2", "b1"), ids(path));
    // r2 was stopped outright: r3 takes b.csv again and c.csv, and r2's rows go in the same commit.
    assertTrue(writeAsRun("r3", "c.csv", new Runs("r3", Set.of("r1")), "b1", "c1"));
    assertEquals(List.of("a1", "a2", "b1", "c1"), ids(path));
    assertEquals(List.of("r3"), spark.read().format("delta").load(path).filter("id = 'b1'").select("run_id")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  @Test
  void aTableWhoseNewestWriteNamesNoRunIsCleanedBeforeTheAppend() {
    writer.append(text("id|source_file|run_id", "x1|x.csv|r0"), path);
    assertTrue(lake.lastWritingRun(path).isEmpty());

    assertTrue(writeAsRun("r1", "a.csv", new Runs("r1", Set.of()), "a1"), "r0 never succeeded");

    assertEquals(List.of("a1"), ids(path));
  }
}
