package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.actions.Metadata;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.docs.DataDictionary;
import uk.steppingstones.docs.DocumentedTable;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.finance.HeadlineSummary;
import uk.steppingstones.report.outreach.OpenChildrenMonthly;

/**
 * Every conformed, operations and report table a night writes carries its declaration as Delta
 * column comments and table description: set in the commit that creates the table, kept by later
 * merges, appends and overwrites without a commit of their own, and brought in line once on a
 * table described otherwise (a lake written before the description changed).
 */
class LakeDescriptionsTest extends SparkTest {
  @TempDir Path tmp;

  static final List<ReportTable> TABLES = List.of(new OpenChildrenMonthly(), new HeadlineSummary());

  @Test
  void everyTableOfANightCarriesItsDeclaration() throws IOException {
    Path landing = Files.createDirectories(tmp.resolve("landing"));
    Path lakeDir = tmp.resolve("lake");
    land(landing, "person_20250301.csv",
        "PersonID,Gender,DateOfBirth,FamilyID,MergedIntoPersonID,LastModified",
        "P1,Male,01/02/2015,,,2025-03-01",
        "P2,Female,2014-05-06,F1,P1,2025-03-01");
    land(landing, "ss_involvement_20250301.csv",
        "InvolvementID,PersonID,StartDate,EndDate,LastModified",
        "I1,P1,01/04/2024,,2025-03-01",
        "I2,P2,2024-05-01,2024-04-01,2025-03-01");
    RunRecord first = night(landing, lakeDir);
    assertEquals(NightlyJob.DONE, first.exitCode(), first.message());

    Lake lake = new Lake(spark, lakeDir.toString());
    Map<String, DocumentedTable> declared = DataDictionary.all(spark).stream()
        .collect(Collectors.toMap(DocumentedTable::location, Function.identity()));
    List<String> written = written(lakeDir);
    assertTrue(written.containsAll(List.of("conformed/person", "conformed/ss_involvement",
        "conformed/initial_consultation", "conformed/person_survivor", "ops/run_record", "ops/ingest_ledger",
        "ops/quarantine", "report/open_children_monthly", "report/headline_summary")), written.toString());
    for (String table : written) {
      assertTrue(declared.containsKey(table), table + " is written but not declared");
      String path = lakeDir.resolve(table).toString();
      assertDescribed(path, declared.get(table).doc());
      assertEquals(0, lake.version(path), table + ": created in one commit, described in it");
    }

    // The next night: a merge, an append and an overwrite with new rows each cost their one commit,
    // no more. A table described otherwise (as by an older release) is brought in line once.
    String involvements = lake.conformed("ss_involvement");
    spark.sql("ALTER TABLE delta.`" + involvements + "` ALTER COLUMN start_date COMMENT 'an older comment'");
    spark.sql("COMMENT ON TABLE delta.`" + involvements + "` IS 'an older description'");
    Map<String, Long> before = versions(lake, written);
    land(landing, "ss_involvement_20250302.csv",
        "InvolvementID,PersonID,StartDate,EndDate,LastModified",
        "I3,P1,2024-06-01,,2025-03-02");
    land(landing, "person_20250302.csv",
        "PersonID,Gender,DateOfBirth,FamilyID,MergedIntoPersonID,LastModified",
        "P3,Other,2016-01-01,,,2025-03-02");
    RunRecord second = night(landing, lakeDir);
    assertEquals(NightlyJob.DONE, second.exitCode(), second.message());
    Map<String, Long> after = versions(lake, written);
    assertEquals(before.get("conformed/person") + 1, after.get("conformed/person"), "the merge only");
    assertEquals(before.get("ops/run_record") + 1, after.get("ops/run_record"), "the append only");
    assertEquals(before.get("report/open_children_monthly") + 1, after.get("report/open_children_monthly"),
        "the overwrite only");
    // The merge rewrites the table with its columns described; the description follows once.
    assertEquals(before.get("conformed/ss_involvement") + 2, after.get("conformed/ss_involvement"),
        "the merge with the columns brought in line, then the description");
    for (String table : written) {
      assertDescribed(lakeDir.resolve(table).toString(), declared.get(table).doc());
    }
  }

  private RunRecord night(Path landing, Path lake) {
    return new NightlyJob(spark, new NightlyOptions(landing.toString(), lake.toString(),
        tmp.resolve("export").toString(), Optional.empty(), "test-key"), TABLES).run();
  }

  private static void land(Path landing, String name, String... lines) throws IOException {
    Files.writeString(landing.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** Every Delta table under conformed/, ops/ and report/, as {@code layer/table}. */
  private static List<String> written(Path lake) throws IOException {
    List<String> tables = new ArrayList<>();
    for (String layer : List.of("conformed", "ops", "report")) {
      try (Stream<Path> dirs = Files.list(lake.resolve(layer))) {
        dirs.filter(d -> Files.isDirectory(d.resolve("_delta_log")))
            .forEach(d -> tables.add(layer + "/" + d.getFileName()));
      }
    }
    tables.sort(null);
    return tables;
  }

  private static Map<String, Long> versions(Lake lake, List<String> tables) {
    Map<String, Long> versions = new TreeMap<>();
    for (String t : tables) {
      String[] parts = t.split("/");
      String path = switch (parts[0]) {
        case "conformed" -> lake.conformed(parts[1]);
        case "ops" -> lake.ops(parts[1]);
        default -> lake.report(parts[1]);
      };
      versions.put(t, lake.version(path));
    }
    return versions;
  }

  private static void assertDescribed(String path, TableDoc doc) {
    Metadata m = DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty()).metadata();
    assertEquals(doc.description(), m.description(), path);
    assertEquals(doc.names(), List.of(m.schema().fieldNames()), path);
    for (StructField f : m.schema().fields()) {
      assertEquals(doc.column(f.name()).orElseThrow().description(), TableDoc.comment(f).orElse(null),
          path + " column " + f.name());
    }
  }
}
