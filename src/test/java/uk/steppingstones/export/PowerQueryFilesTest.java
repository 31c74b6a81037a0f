package uk.steppingstones.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/** The committed powerbi/ queries are current: one per gold table, its columns and types as the table has them. */
class PowerQueryFilesTest extends SparkTest {
  /** The project's folder (surefire runs in the project directory). */
  private static final Path COMMITTED = Path.of("powerbi");
  /** The Power Query type each column type must be loaded as (docs/power-bi.md). */
  private static final Map<DataType, String> M_TYPE = Map.of(
      DataTypes.DateType, "type date",
      DataTypes.createDecimalType(18, 2), "Currency.Type",
      DataTypes.LongType, "Int64.Type",
      DataTypes.DoubleType, "type number",
      DataTypes.StringType, "type text",
      DataTypes.BooleanType, "type logical",
      DataTypes.TimestampType, "type datetimezone");
  private static final Pattern COLUMN = Pattern.compile("\\{\"([a-z0-9_]+)\", ([A-Za-z0-9. ]+)\\}");

  @TempDir Path tmp;

  @Test
  void committedFilesAreWhatJobsPowerbiWritesNow() throws IOException {
    Map<String, String> now = PowerQueryFiles.of(spark, ReportTables.ALL);
    Map<String, String> committed = read(COMMITTED);
    assertEquals(now.keySet(), committed.keySet(), "powerbi/ is out of date: run jobs/powerbi.sh and commit powerbi/");
    for (var e : now.entrySet()) {
      assertEquals(e.getValue(), committed.get(e.getKey()),
          "powerbi/" + e.getKey() + " is out of date: run jobs/powerbi.sh and commit powerbi/");
    }
  }

  @Test
  void eachGoldTableHasAQueryNamingItsColumnsInOrderWithTheirTypes() throws IOException {
    ReportInputs empty = ReportInputs.of(spark, Map.of(), LocalDate.of(2025, 3, 31), new ChildKey("k"));
    for (ReportTable t : ReportTables.ALL) {
      String m = Files.readString(COMMITTED.resolve("tables").resolve(t.name() + ".pq"));
      assertTrue(m.contains("LoadTable(\"" + t.name() + "\", {"), t.name());
      List<String> expected = new ArrayList<>();
      for (StructField f : t.build(empty).schema().fields()) {
        expected.add(f.name() + " " + M_TYPE.getOrDefault(f.dataType(), "none for " + f.dataType()));
      }
      List<String> listed = new ArrayList<>();
      Matcher c = COLUMN.matcher(m);
      while (c.find()) {
        listed.add(c.group(1) + " " + c.group(2));
      }
      assertEquals(expected, listed, t.name());
    }
  }

  @Test
  void writingRemovesTheQueryOfATableNoLongerRegistered() throws IOException {
    Files.createDirectories(tmp.resolve("tables"));
    Files.writeString(tmp.resolve("tables/retired_table.pq"), "LoadTable(\"retired_table\", {})\n");
    Map<String, String> files = PowerQueryFiles.of(spark, ReportTables.ALL.subList(0, 2));
    PowerQueryFiles.write(tmp, files);
    assertEquals(files, read(tmp));
  }

  @Test
  void everyQueryIsBalancedMWithTheParameterAndFunctionItNeeds() throws IOException {
    Map<String, String> committed = read(COMMITTED);
    for (var e : committed.entrySet()) {
      assertBalanced(e.getKey(), e.getValue());
      // A let may not name a step twice.
      List<String> steps = new ArrayList<>();
      Matcher step = Pattern.compile("(?m)^    ([A-Za-z]+) = ").matcher(e.getValue());
      while (step.find()) {
        assertFalse(steps.contains(step.group(1)), e.getKey() + " names the step " + step.group(1) + " twice");
        steps.add(step.group(1));
      }
    }
    assertTrue(committed.get("ExportFolder.pq").contains("meta [IsParameterQuery = true, Type = \"Text\""));
    String load = committed.get("LoadTable.pq");
    assertTrue(load.contains("(tableName as text, columnTypes as list) as table =>"));
    assertTrue(load.contains("Parquet.Document(Files{[Name = tableName & \".parquet\"]}[Content])"));
    assertTrue(load.contains("Table.TransformColumnTypes("));
    assertTrue(committed.get("export_manifest.pq").contains("Files{[Name = \"_manifest.json\"]}[Content]"));
  }

  /** Brackets pair up outside strings and comments, and every string and block comment ends. */
  private static void assertBalanced(String file, String m) {
    Deque<Character> open = new ArrayDeque<>();
    int i = 0;
    while (i < m.length()) {
      char ch = m.charAt(i);
      if (m.startsWith("//", i)) {
        i = m.indexOf('\n', i) < 0 ? m.length() : m.indexOf('\n', i);
      } else if (m.startsWith("/*", i)) {
        int end = m.indexOf("*/", i + 2);
        assertTrue(end >= 0, file + ": unclosed comment");
        i = end + 2;
      } else if (ch == '"') {
        int j = i + 1;
        // In M a quote inside a string is doubled; a backslash is an ordinary character.
        while (j < m.length() && !(m.charAt(j) == '"' && (j + 1 >= m.length() || m.charAt(j + 1) != '"'))) {
          j += m.charAt(j) == '"' ? 2 : 1;
        }
        assertTrue(j < m.length(), file + ": unclosed string at " + i);
        i = j + 1;
      } else {
        if ("([{".indexOf(ch) >= 0) {
          open.push(ch);
        } else if (")]}".indexOf(ch) >= 0) {
          assertFalse(open.isEmpty(), file + ": " + ch + " closes nothing at " + i);
          assertEquals("([{".charAt(")]}".indexOf(ch)), open.pop(), file + ": mismatched " + ch + " at " + i);
        }
        i++;
      }
    }
    assertTrue(open.isEmpty(), file + ": unclosed " + open);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
