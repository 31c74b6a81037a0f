package uk.steppingstones.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL analysts copy and run, found where it is written: the statements of the notebooks in
 * {@code notebooks/} and the {@code ```sql} blocks of {@code docs/annual-report.md}. Each statement
 * keeps where it came from (notebook, cell, line), so a test that runs them names the one that broke.
 *
 * <p>The notebooks' convention (notebooks/README.md): every statement is the one argument of
 * {@code spark.sql("""...""")}, a plain triple-quoted literal (no f-string, no formatting, no
 * backslash), and tables are read only by name in SQL. A notebook that strays from it has
 * {@link Notebook#problems()}: SQL the test could not see is SQL that could rot unseen.
 */
final class AnalystSql {
  private AnalystSql() {}

  /** One statement and where it is written, e.g. {@code notebooks/plo-overlap.ipynb cell 3 [plo-by-year]}. */
  record Statement(String where, String sql) {
    @Override
    public String toString() {
      return where + ": " + firstLine(sql);
    }
  }

  /** A notebook's statements, in order, and every way it breaks the convention. */
  record Notebook(String name, List<Statement> statements, List<String> problems) {}

  /** The one form a notebook's SQL is written in: {@code spark.sql("""...""")}. */
  static final Pattern CALL = Pattern.compile("spark\\.sql\\(\\s*\"\"\"((?:(?!\"\"\").)*)\"\"\"\\s*\\)", Pattern.DOTALL);
  /** Any call of a {@code sql} method, written in the convention or not. */
  private static final Pattern ANY_SQL_CALL = Pattern.compile("\\.sql\\s*\\(");
  /** Ways to read a table other than by name in SQL, which would bypass the lake catalog. */
  private static final Pattern OTHER_READS =
      Pattern.compile("\\.read\\s*\\.|\\.readStream\\b|\\.table\\s*\\(|\\.load\\s*\\(|\\bDeltaTable\\b|delta\\.`");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The notebooks of a folder ({@code *.ipynb}, by name), each read as {@link #notebook}. */
  static List<Notebook> notebooks(Path folder, String shownAs) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted()
          .map(p -> notebook(shownAs + "/" + p.getFileName(), read(p))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statements of a notebook's code cells and its problems: SQL not in the convention's form,
   * a table read other than by name, outputs kept (notebooks are committed without them: small diffs,
   * and no figures of a real lake in git), a first cell that is not the question.
   */
  static Notebook notebook(String name, String json) {
    List<Statement> statements = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    JsonNode cells;
    try {
      cells = JSON.readTree(json).path("cells");
    } catch (IOException e) {
      return new Notebook(name, statements, List.of(name + " is not a notebook (JSON): " + e.getMessage()));
    }
    if (!cells.isArray() || cells.isEmpty()) {
      return new Notebook(name, statements, List.of(name + " has no cells"));
    }
    JsonNode first = cells.get(0);
    if (!first.path("cell_type").asText().equals("markdown") || !source(first).contains("?")) {
      problems.add(name + " cell 1: the first cell must be markdown stating the notebook's question");
    }
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      String where = name + " cell " + (i + 1) + (cell.hasNonNull("id") ? " [" + cell.get("id").asText() + "]" : "");
      if (!cell.path("cell_type").asText().equals("code")) {
        continue;
      }
      String code = source(cell);
      if (cell.path("outputs").size() > 0 || cell.hasNonNull("execution_count")) {
        problems.add(where + ": has outputs; clear them before committing");
      }
      int calls = count(ANY_SQL_CALL, code);
      Matcher m = CALL.matcher(code);
      int found = 0;
      while (m.find()) {
        found++;
        String sql = m.group(1).strip();
        String at = calls > 1 ? where + " statement " + found : where;
        if (sql.indexOf('\\') >= 0) {
          problems.add(at + ": a backslash in the SQL (Python would read it as an escape)");
        }
        if (sql.isEmpty()) {
          problems.add(at + ": an empty statement");
        }
        statements.add(new Statement(at, sql));
      }
      if (found != calls) {
        problems.add(where + ": " + (calls - found) + " SQL call(s) not written as spark.sql(\"\"\"...\"\"\")"
            + " with a plain triple-quoted literal; the test suite cannot run them");
      }
      Matcher other = OTHER_READS.matcher(code);
      if (other.find()) {
        problems.add(where + ": reads a table other than by name in SQL ('" + other.group().strip()
            + "'); name it in spark.sql(\"\"\"...\"\"\") so it goes through the lake catalog");
      }
    }
    if (statements.isEmpty()) {
      problems.add(name + ": no statement in the form spark.sql(\"\"\"...\"\"\")");
    }
    return new Notebook(name, statements, problems);
  }

  /**
   * Every statement of every {@code ```sql} block of a Markdown page, named by line and section
   * ({@code docs/annual-report.md line 40 (Finance)}); a block with several statements is split
   * at its semicolons as {@code sql.sh -f} splits a script.
   */
  static List<Statement> markdownBlocks(String name, String markdown) {
    List<Statement> statements = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    String section = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        section = line.replaceFirst("^#+\\s*", "").strip();
      }
      if (line.strip().startsWith("```") && !line.strip().equalsIgnoreCase("```sql")) {
        // Another fenced block (bash, text): skip it, so its "# comments" are not taken for headings.
        i++;
        while (i < lines.length && !lines[i].strip().equals("```")) {
          i++;
        }
        continue;
      }
      if (!line.strip().equalsIgnoreCase("```sql")) {
        continue;
      }
      int start = i + 2; // the block's first line, counted from 1
      StringBuilder block = new StringBuilder();
      i++;
      while (i < lines.length && !lines[i].strip().equals("```")) {
        block.append(lines[i]).append('\n');
        i++;
      }
      List<String> split = Statements.split(block.toString()).all();
      for (int s = 0; s < split.size(); s++) {
        String where = name + " line " + start + (split.size() > 1 ? " statement " + (s + 1) : "")
            + (section.isEmpty() ? "" : " (" + section + ")");
        statements.add(new Statement(where, split.get(s)));
      }
    }
    return statements;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell's source: nbformat keeps it as one string or a list of lines. */
  private static String source(JsonNode cell) {
    JsonNode s = cell.path("source");
    if (s.isArray()) {
      StringBuilder b = new StringBuilder();
      s.forEach(line -> b.append(line.asText()));
      return b.toString();
    }
    return s.asText();
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String firstLine(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
