package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sql.sh and export.sh arguments, and the one line each mistake gets. */
class SqlOptionsTest {

  @Test
  void statementsAndFilesRunInTheOrderGiven() {
    SqlOptions o = SqlOptions.parse(new String[] {"--lake", "/lake", "-e", "select 1", "-f", "a.sql", "--csv",
        "-e", "select 2", "--as-published", "2025-03-28", "--max-rows", "50"});
    assertEquals("/lake", o.lake());
    assertEquals(List.of(SqlOptions.Source.sql("select 1"), SqlOptions.Source.file("a.sql"),
        SqlOptions.Source.sql("select 2")), o.sources());
    assertTrue(o.csv());
    assertEquals(Optional.of("2025-03-28"), o.asPublished());
    assertEquals(50, o.maxRows());
    assertFalse(o.interactive());
  }

  @Test
  void withoutStatementsTheShellStarts() {
    SqlOptions o = SqlOptions.parse(new String[] {"--lake", "data/sample-lake"});
    assertTrue(o.interactive());
    assertFalse(o.csv());
    assertEquals(SqlOptions.DEFAULT_MAX_ROWS, o.maxRows());
    assertEquals(Optional.empty(), o.asPublished());
  }

  @Test
  void theOldQueryShFormStillWorks() {
    SqlOptions o = SqlOptions.parse(new String[] {"--lake", "/lake", "select * from headline_summary", "q.sql"});
    assertEquals(List.of(SqlOptions.Source.sql("select * from headline_summary"), SqlOptions.Source.file("q.sql")),
        o.sources());
  }

  @Test
  void mistakesAreOneClearLine() {
    assertMessage("unknown option --lak; usage: sql.sh", "--lak", "/lake");
    assertMessage("--lake DIR is required", "-e", "select 1");
    assertMessage("missing value after -e", "--lake", "/lake", "-e");
    assertMessage("missing value after --lake", "--lake", "--csv");
    assertMessage("--max-rows needs a whole number above 0, not 'ten'", "--lake", "/lake", "--max-rows", "ten");
    assertMessage("--max-rows needs a whole number above 0, not '0'", "--lake", "/lake", "--max-rows", "0");
    assertMessage("--as-published needs a night", "--lake", "/lake", "--as-published", " ");
  }

  @Test
  void helpNeedsNoLake() {
    assertTrue(SqlOptions.parse(new String[] {"--help"}).help());
    assertTrue(ExportOptions.parse(new String[] {"-h"}).help());
  }

  @Test
  void exportNeedsLakeNightAndOut() {
    ExportOptions o = ExportOptions.parse(new String[] {"--lake", "/lake", "--as-published", "20250328T010203Z-ab",
        "--out", "/tmp/x"});
    assertEquals(new ExportOptions("/lake", "20250328T010203Z-ab", "/tmp/x", false), o);
    BadInput missing = assertThrows(BadInput.class, () -> ExportOptions.parse(new String[] {"--lake", "/lake"}));
    assertTrue(missing.getMessage().startsWith("--lake, --as-published and --out are required"), missing.getMessage());
    BadInput unknown = assertThrows(BadInput.class, () -> ExportOptions.parse(new String[] {"--csv"}));
    assertTrue(unknown.getMessage().startsWith("unknown option --csv; usage: export.sh"), unknown.getMessage());
    BadInput stray = assertThrows(BadInput.class, () -> ExportOptions.parse(new String[] {"select 1"}));
    assertTrue(stray.getMessage().startsWith("unexpected argument select 1"), stray.getMessage());
  }

  @Test
  void anUnreadableSqlFileIsBadInput() {
    BadInput e = assertThrows(BadInput.class,
        () -> SqlCommand.read(List.of(SqlOptions.Source.file("/no/such/file.sql"))));
    assertTrue(e.getMessage().startsWith("cannot read the SQL file /no/such/file.sql"), e.getMessage());
  }

  private static void assertMessage(String expectedStart, String... args) {
    BadInput e = assertThrows(BadInput.class, () -> SqlOptions.parse(args));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }
}
