package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {

  @Test
  void semicolonsEndStatementsOnlyOutsideQuotesAndComments() {
    Statements.Split s = Statements.split("""
        select 'a;b', "c;d", `e;f` from t; -- a comment; still a comment
        select 1 /* not; the end */ + 2;
        select 'it\\'s; here', 'don''t; stop';
        """);
    assertEquals(List.of("select 'a;b', \"c;d\", `e;f` from t",
        "-- a comment; still a comment\nselect 1 /* not; the end */ + 2",
        "select 'it\\'s; here', 'don''t; stop'"), s.complete());
    assertEquals("", s.rest());
  }

  @Test
  void textAfterTheLastSemicolonIsUnfinished() {
    Statements.Split s = Statements.split("select 1;\nselect *\nfrom t");
    assertEquals(List.of("select 1"), s.complete());
    assertEquals("select *\nfrom t", s.rest());
    assertEquals(List.of("select 1", "select *\nfrom t"), s.all());
  }

  @Test
  void anOpenQuoteKeepsTheStatementOpen() {
    assertEquals("select 'a;", Statements.split("select 'a;").rest());
  }

  @Test
  void blankAndCommentOnlyTextHoldsNoStatement() {
    assertEquals(List.of(), Statements.split("  ;\n-- just a note\n;/* and another */").all());
    assertEquals(List.of("select 1"), Statements.split(";;select 1;;").all());
  }

  @Test
  void theShellWaitsForTheSemicolon() {
    assertFalse(SqlShell.StatementParser.complete("select *"));
    assertFalse(SqlShell.StatementParser.complete("select ';'"));
    assertTrue(SqlShell.StatementParser.complete("select *\nfrom t;"));
    assertTrue(SqlShell.StatementParser.complete("select 1; -- done"));
    assertTrue(SqlShell.StatementParser.complete("   "));
    assertTrue(SqlShell.StatementParser.complete("quit"));
  }
}
