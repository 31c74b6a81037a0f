package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.steppingstones.SampleLake;
import uk.steppingstones.SparkTest;

/**
 * The SQL analysts copy cannot rot: every statement of every notebook ({@code notebooks/*.ipynb})
 * and every {@code ```sql} block of {@code docs/annual-report.md} runs on the lake of the committed
 * sample ({@link SampleLake}), through the same catalog as {@code jobs/sql.sh} and the notebooks'
 * {@code lake.py} ({@link LakeSession}: gold tables by name, {@code conformed.x}, {@code ops.x}).
 *
 * <p>A statement passes when it runs to the end (analysis and execution: an unknown table or column,
 * a syntax error or a failing cast all fail it) and returns at least one row: the sample has every
 * year and every kind of case, so a chart's query that finds nothing there (a year written
 * {@code 2024/25}, a category misspelt) is broken too. A failure names the notebook and cell, or the
 * page and line.
 */
class AnalystSqlTest extends SparkTest {
  private static SparkSession lakeSession;

  /** The sample lake's session, as sql.sh opens it: the lake is the default catalog. */
  private static synchronized SparkSession lakeSession() {
    if (lakeSession == null) {
      LakeFolders lake = new LakeFolders(SampleLake.lake().toString(), spark.sparkContext().hadoopConfiguration());
      lakeSession = LakeSession.open(spark, lake, Optional.empty());
    }
    return lakeSession;
  }

  static Path project() {
    return SampleLake.projectFolder();
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookStatementRunsOnTheSampleLake() {
    List<AnalystSql.Notebook> notebooks = AnalystSql.notebooks(project().resolve("notebooks"), "notebooks");
    assertFalse(notebooks.isEmpty(), "no notebook found in notebooks/");
    return notebooks.stream().flatMap(n -> n.statements().stream())
        .map(s -> DynamicTest.dynamicTest(s.toString(), () -> run(lakeSession(), s)));
  }

  @TestFactory
  Stream<DynamicTest> everySqlBlockOfTheAnnualReportMapRuns() {
    List<AnalystSql.Statement> statements = AnalystSql.markdownBlocks("docs/annual-report.md",
        AnalystSql.read(project().resolve("docs/annual-report.md")));
    assertTrue(statements.size() >= 10, "docs/annual-report.md has only " + statements.size() + " SQL statements");
    return statements.stream().map(s -> DynamicTest.dynamicTest(s.toString(), () -> run(lakeSession(), s)));
  }

  /**
   * Runs a statement to the end and checks it returned rows; a failure names where it is written.
   * A statement reading the quarantine must not return its {@code record} (the values that arrived,
   * names possibly among them): data owners see dataset, file, line, column and reason.
   */
  static List<Row> run(SparkSession session, AnalystSql.Statement s) {
    List<Row> rows;
    StructField[] fields;
    try {
      var result = session.sql(s.sql());
      fields = result.schema().fields();
      rows = result.collectAsList();
    } catch (Exception e) {
      throw new AssertionError(s.where() + " fails on the sample lake: " + ErrorMessages.oneLine(e)
          + "\n--- the statement:\n" + s.sql(), e);
    }
    assertFalse(rows.isEmpty(), () -> s.where() + " returns no row on the sample lake, which has every year and kind"
        + " of case: a filter that matches nothing?\n--- the statement:\n" + s.sql());
    if (s.sql().toLowerCase(java.util.Locale.ROOT).contains("quarantine")) {
      for (StructField f : fields) {
        assertFalse(f.name().equalsIgnoreCase("record") || f.dataType() instanceof org.apache.spark.sql.types.MapType,
            () -> s.where() + " returns the quarantined record's values (column " + f.name() + "); show dataset,"
                + " file, line, column and reason only");
      }
    }
    return rows;
  }

  @Test
  void aBrokenStatementIsNamedByNotebookAndCell() {
    String notebook = """
        {"cells": [
          {"cell_type": "markdown", "id": "question", "metadata": {}, "source": ["# Test\\n", "Which month?"]},
          {"cell_type": "code", "id": "ok", "execution_count": null, "metadata": {}, "outputs": [],
           "source": ["m = spark.sql(\\"\\"\\"select month, running_total from monthly_savings\\"\\"\\").toPandas()"]},
          {"cell_type": "code", "id": "typo", "execution_count": null, "metadata": {}, "outputs": [],
           "source": ["spark.sql(\\"\\"\\"\\n  select month, runing_total\\n  from monthly_savings\\n\\"\\"\\")"]},
          {"cell_type": "code", "id": "no-table", "execution_count": null, "metadata": {}, "outputs": [],
           "source": ["spark.sql(\\"\\"\\"select * from conformed.no_such_table\\"\\"\\")"]},
          {"cell_type": "code", "id": "nothing", "execution_count": null, "metadata": {}, "outputs": [],
           "source": ["spark.sql(\\"\\"\\"select * from headline_summary where financial_year = '2024/25'\\"\\"\\")"]},
          {"cell_type": "code", "id": "values", "execution_count": null, "metadata": {}, "outputs": [],
           "source": ["spark.sql(\\"\\"\\"select dataset, record from ops.quarantine\\"\\"\\")"]}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;
    AnalystSql.Notebook nb = AnalystSql.notebook("notebooks/test.ipynb", notebook);
    assertEquals(List.of(), nb.problems());
    List<AnalystSql.Statement> s = nb.statements();
    assertEquals(5, s.size());
    assertFalse(run(lakeSession(), s.get(0)).isEmpty());

    AssertionError typo = assertThrows(AssertionError.class, () -> run(lakeSession(), s.get(1)));
    assertTrue(typo.getMessage().startsWith("notebooks/test.ipynb cell 3 [typo] fails on the sample lake: "),
        typo.getMessage());
    assertTrue(typo.getMessage().contains("runing_total"), typo.getMessage());
    AssertionError noTable = assertThrows(AssertionError.class, () -> run(lakeSession(), s.get(2)));
    assertTrue(noTable.getMessage().startsWith("notebooks/test.ipynb cell 4 [no-table] fails"), noTable.getMessage());
    assertTrue(noTable.getMessage().contains("no_such_table"), noTable.getMessage());
    AssertionError nothing = assertThrows(AssertionError.class, () -> run(lakeSession(), s.get(3)));
    assertTrue(nothing.getMessage().startsWith("notebooks/test.ipynb cell 5 [nothing] returns no row"),
        nothing.getMessage());
    AssertionError values = assertThrows(AssertionError.class, () -> run(lakeSession(), s.get(4)));
    assertTrue(values.getMessage().startsWith("notebooks/test.ipynb cell 6 [values] returns the quarantined record's"),
        values.getMessage());
  }

  /**
   * {@code notebooks/lake.py} configures its session as the query tools do: every Spark setting it
   * declares is the value {@link LakeSession} (the catalog, its lake option, the default catalog) and
   * the pipeline's own session (Delta, time zone, ANSI mode) have, so a statement means the same in a
   * notebook, in sql.sh and in this test.
   */
  @Test
  void lakePyConfiguresTheSessionAsSqlShDoes() {
    String lakePy = AnalystSql.read(project().resolve("notebooks/lake.py"));
    Matcher block = Pattern.compile("def settings\\(lake_root\\):.*?return \\{(.*?)\\}", Pattern.DOTALL).matcher(lakePy);
    assertTrue(block.find(), "notebooks/lake.py has no settings(lake_root) returning a dict");
    Map<String, String> settings = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("\"([^\"]+)\"\\s*:\\s*(\"([^\"]*)\"|lake_root)").matcher(block.group(1));
    while (entry.find()) {
      settings.put(entry.group(1), entry.group(3) == null ? "<lake_root>" : entry.group(3));
    }
    String prefix = "spark.sql.catalog." + LakeSession.CATALOG;
    assertEquals(LakeCatalog.class.getName(), settings.get(prefix));
    assertEquals("<lake_root>", settings.get(prefix + "." + LakeCatalog.ROOT));
    assertEquals(LakeSession.CATALOG, settings.get("spark.sql.defaultCatalog"));
    for (String key : List.of("spark.sql.extensions", "spark.sql.catalog.spark_catalog", "spark.sql.session.timeZone",
        "spark.sql.ansi.enabled")) {
      assertTrue(settings.containsKey(key), "notebooks/lake.py does not set " + key);
    }
    SparkSession session = lakeSession();
    settings.forEach((key, value) -> assertEquals(
        value.equals("<lake_root>") ? SampleLake.lake().toString() : value, session.conf().get(key),
        "notebooks/lake.py sets " + key + " unlike sql.sh's session"));
  }
}
