package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/** The interactive shell, typed at through a dumb terminal. */
class SqlShellTest extends SparkTest {
  @TempDir Path tmp;

  @Test
  void statementsSpanLinesErrorsDoNotEndTheShellAndHistoryIsKept() throws Exception {
    String typed = "select 1 as a,\n  2 as b;\nselect nope;\n-- a note\nselect 'x;y' as c; select 4 as d;\nquit\n";
    ByteArrayOutputStream screen = new ByteArrayOutputStream(), out = new ByteArrayOutputStream(),
        err = new ByteArrayOutputStream();
    Path history = tmp.resolve("history");
    try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
        new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
      StatementRunner runner = new StatementRunner(spark.newSession(), new TablePrinter(100),
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
      new SqlShell(terminal, history, runner, new PrintStream(out, true, StandardCharsets.UTF_8)).run("hello");
    }
    assertEquals("""
        hello
        a | b
        --+--
        1 | 2
        (1 row)
        c
        ---
        x;y
        (1 row)
        d
        -
        4
        (1 row)
        """, out.toString(StandardCharsets.UTF_8));
    String errors = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, errors.lines().count(), errors);
    assertTrue(errors.startsWith("error: ") && errors.contains("nope"), errors);
    String kept = Files.readString(history);
    assertTrue(kept.contains("select 1 as a,\\n  2 as b;"), "one history entry for the two lines: " + kept);
    assertTrue(kept.contains("select nope;"), kept);
  }
}
