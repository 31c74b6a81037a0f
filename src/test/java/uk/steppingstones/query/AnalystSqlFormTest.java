package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notebooks keep the convention that lets the suite find all their SQL ({@link AnalystSql}), and
 * the extraction finds what it should: no Spark here, so these run in a second.
 */
class AnalystSqlFormTest {

  private static String cell(String type, String id, String source) {
    String src = source.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "{\"cell_type\": \"" + type + "\", \"id\": \"" + id + "\", \"metadata\": {}"
        + (type.equals("code") ? ", \"execution_count\": null, \"outputs\": []" : "")
        + ", \"source\": \"" + src + "\"}";
  }

  private static String notebook(String... cells) {
    return "{\"cells\": [" + String.join(",\n", cells) + "], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
  }

  private static final String QUESTION = cell("markdown", "question", "# Savings\n\nDid we meet the target?");

  @Test
  void everyCommittedNotebookKeepsTheConvention() {
    List<AnalystSql.Notebook> notebooks = AnalystSql.notebooks(AnalystSqlTest.project().resolve("notebooks"), "notebooks");
    assertTrue(notebooks.size() >= 6, "expected the annual report and five analyst notebooks, found "
        + notebooks.stream().map(AnalystSql.Notebook::name).toList());
    for (AnalystSql.Notebook n : notebooks) {
      assertEquals(List.of(), n.problems(), n.name());
      assertTrue(n.statements().size() >= 3, n.name() + " has " + n.statements().size() + " statements");
    }
  }

  @Test
  void statementsAreFoundInEveryCodeCellWithTheirCell() {
    AnalystSql.Notebook nb = AnalystSql.notebook("notebooks/x.ipynb", notebook(QUESTION,
        cell("code", "setup", "from lake import session\nspark = session()"),
        cell("markdown", "why", "## Why\nText mentioning spark.sql(\"\"\"not code\"\"\")."),
        cell("code", "two", "a = spark.sql(\"\"\"\n  select 1 as one -- a comment\n\"\"\").toPandas()\n"
            + "b = spark.sql(  \"\"\"select 'it''s; fine' as s\"\"\"  )\nb.show()")));
    assertEquals(List.of(), nb.problems());
    assertEquals(List.of(
            new AnalystSql.Statement("notebooks/x.ipynb cell 4 [two] statement 1", "select 1 as one -- a comment"),
            new AnalystSql.Statement("notebooks/x.ipynb cell 4 [two] statement 2", "select 'it''s; fine' as s")),
        nb.statements());
  }

  @Test
  void sqlTheSuiteCannotSeeIsAProblem() {
    AnalystSql.Notebook nb = AnalystSql.notebook("notebooks/x.ipynb", notebook(QUESTION,
        cell("code", "fstring", "fy = '2024-25'\nspark.sql(f\"\"\"select * from headline_summary where financial_year = '{fy}'\"\"\")"),
        cell("code", "quoted", "spark.sql(\"select 1\")"),
        cell("code", "concat", "spark.sql(\"\"\"select * from \"\"\" + table)"),
        cell("code", "path", "spark.read.format('delta').load('../data/sample-lake/report/monthly_savings')"),
        cell("code", "byname", "spark.table('monthly_savings')"),
        cell("code", "backslash", "spark.sql(\"\"\"select 'a\\tb' as s\"\"\")")));
    assertEquals(List.of(
            "notebooks/x.ipynb cell 2 [fstring]: 1 SQL call(s) not written as spark.sql(\"\"\"...\"\"\") with a plain"
                + " triple-quoted literal; the test suite cannot run them",
            "notebooks/x.ipynb cell 3 [quoted]: 1 SQL call(s) not written as spark.sql(\"\"\"...\"\"\") with a plain"
                + " triple-quoted literal; the test suite cannot run them",
            "notebooks/x.ipynb cell 4 [concat]: 1 SQL call(s) not written as spark.sql(\"\"\"...\"\"\") with a plain"
                + " triple-quoted literal; the test suite cannot run them",
            "notebooks/x.ipynb cell 5 [path]: reads a table other than by name in SQL ('.read.'); name it in"
                + " spark.sql(\"\"\"...\"\"\") so it goes through the lake catalog",
            "notebooks/x.ipynb cell 6 [byname]: reads a table other than by name in SQL ('.table('); name it in"
                + " spark.sql(\"\"\"...\"\"\") so it goes through the lake catalog",
            "notebooks/x.ipynb cell 7 [backslash]: a backslash in the SQL (Python would read it as an escape)"),
        nb.problems());
  }

  @Test
  void outputsAndAMissingQuestionAreProblems() {
    String withOutput = "{\"cell_type\": \"code\", \"id\": \"ran\", \"metadata\": {}, \"execution_count\": 3,"
        + " \"outputs\": [{\"output_type\": \"stream\", \"name\": \"stdout\", \"text\": \"42\"}],"
        + " \"source\": \"spark.sql(\\\"\\\"\\\"select 42\\\"\\\"\\\").show()\"}";
    AnalystSql.Notebook nb = AnalystSql.notebook("notebooks/x.ipynb",
        notebook(cell("markdown", "title", "# Savings"), withOutput));
    assertEquals(List.of(
            "notebooks/x.ipynb cell 1: the first cell must be markdown stating the notebook's question",
            "notebooks/x.ipynb cell 2 [ran]: has outputs; clear them before committing"),
        nb.problems());
    assertEquals(List.of("notebooks/y.ipynb: no statement in the form spark.sql(\"\"\"...\"\"\")"),
        AnalystSql.notebook("notebooks/y.ipynb", notebook(QUESTION, cell("code", "c", "print(1)"))).problems());
  }

  @Test
  void markdownSqlBlocksAreSplitIntoStatementsNamedByLineAndSection() {
    String page = String.join("\n",
        "# Title",
        "```bash",
        "jobs/sql.sh -e \"select 0\"",
        "```",
        "## Finance",
        "",
        "```sql",
        "select 1 as a;",
        "select ';' as b",
        "```",
        "### Involvement length",
        "```sql",
        "select 2",
        "from x",
        "```",
        "");
    assertEquals(List.of(
            new AnalystSql.Statement("p.md line 8 statement 1 (Finance)", "select 1 as a"),
            new AnalystSql.Statement("p.md line 8 statement 2 (Finance)", "select ';' as b"),
            new AnalystSql.Statement("p.md line 13 (Involvement length)", "select 2\nfrom x")),
        AnalystSql.markdownBlocks("p.md", page));
  }
}
