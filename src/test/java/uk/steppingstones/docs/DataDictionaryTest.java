package uk.steppingstones.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.conformed.ConformedStage;
import uk.steppingstones.conformed.ConformedTables;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/** docs/tables.md is what jobs/docs.sh writes now, and every table's declaration matches its schema. */
class DataDictionaryTest extends SparkTest {
  @Test
  void docsTablesMdIsWhatTheCommandWritesNow() throws IOException {
    String expected = DataDictionary.render(spark);
    assertTrue(Files.exists(DataDictionary.FILE),
        DataDictionary.FILE + " is missing: run " + DataDictionary.COMMAND + " and commit it");
    String actual = Files.readString(DataDictionary.FILE, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      String[] want = expected.split("\n", -1);
      String[] have = actual.split("\n", -1);
      int line = 0;
      while (line < want.length && line < have.length && want[line].equals(have[line])) {
        line++;
      }
      fail(DataDictionary.FILE + " is not what the tables' declarations say now: run " + DataDictionary.COMMAND
          + " and commit " + DataDictionary.FILE + ". First difference at line " + (line + 1)
          + ":\n  the command writes: " + (line < want.length ? want[line] : "(end of file)") + "\n  the file has:       "
          + (line < have.length ? have[line] : "(end of file)"));
    }
  }

  @Test
  void everyBuiltColumnIsDeclaredAndEveryDeclaredColumnExists() {
    List<String> problems = new ArrayList<>();
    for (DocumentedTable t : DataDictionary.all(spark)) {
      List<String> built = List.of(t.schema().fieldNames());
      if (!built.equals(t.doc().names())) {
        problems.add(t.location() + ": the schema has " + built + ", the declaration " + t.doc().names());
      }
      for (ColumnDoc c : t.doc().columns()) {
        if (c.description().length() < 10) {
          problems.add(t.location() + "." + c.name() + ": '" + c.description() + "' says too little");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyTableOfTheLakeIsInTheDictionary() {
    List<String> expected = new ArrayList<>();
    ReportTables.ALL.stream().map(ReportTable::name).forEach(n -> expected.add("report/" + n));
    ReportTables.ALL.stream().map(ReportTable::name).forEach(n -> expected.add("report/" + n + "_detail"));
    ConformedTables.names().forEach(n -> expected.add("conformed/" + n));
    expected.add("conformed/" + ConformedStage.SURVIVOR_MAP);
    expected.addAll(List.of("ops/run_record", "ops/ingest_ledger", "ops/quarantine"));
    assertEquals(expected, DataDictionary.all(spark).stream().map(DocumentedTable::location).toList());
  }

  @Test
  void conformedKeysAndMoneyHaveTheirRoles() {
    DocumentedTable unitCost = DataDictionary.conformedTables(spark).stream()
        .filter(t -> t.name().equals("unit_cost")).findFirst().orElseThrow();
    assertEquals(ColumnDoc.Role.KEY, unitCost.doc().column("financial_year").orElseThrow().role());
    assertEquals(ColumnDoc.Role.KEY, unitCost.doc().column("placement_category").orElseThrow().role());
    assertEquals(ColumnDoc.Role.MONEY, unitCost.doc().column("weekly_cost").orElseThrow().role());
    assertEquals(ColumnDoc.Role.VALUE, unitCost.doc().column("counts_for_savings").orElseThrow().role());
    for (DocumentedTable t : DataDictionary.all(spark)) {
      for (StructField f : t.schema().fields()) {
        ColumnDoc c = t.doc().column(f.name()).orElseThrow();
        if (c.role() == ColumnDoc.Role.MONEY) {
          assertEquals("decimal(18,2)", f.dataType().simpleString(), t.location() + "." + f.name());
        }
      }
    }
  }
}
