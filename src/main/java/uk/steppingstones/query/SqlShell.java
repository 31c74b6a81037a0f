package uk.steppingstones.query;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The interactive shell: line editing and a history kept across sessions (JLine), statements ended
 * by {@code ;} and free to span lines, each result printed as it finishes. A failing statement
 * prints its one line and the shell goes on; Ctrl-C cancels a running statement, Ctrl-D or
 * {@code quit} leaves.
 */
final class SqlShell {
  static final String PROMPT = "sql> ";
  static final String CONTINUATION = "  -> ";
  private static final Set<String> QUIT = Set.of("quit", "exit", "quit;", "exit;", "\\q");

  private final Terminal terminal;
  private final Path historyFile;
  private final StatementRunner runner;
  private final PrintStream out;

  SqlShell(Terminal terminal, Path historyFile, StatementRunner runner, PrintStream out) {
    this.terminal = terminal;
    this.historyFile = historyFile;
    this.runner = runner;
    this.out = out;
  }

  /** The history file: {@code ~/.stepping-stones-sql-history}. */
  static Path defaultHistoryFile() {
    return Path.of(System.getProperty("user.home"), ".stepping-stones-sql-history");
  }

  void run(String greeting) throws IOException {
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("stepping-stones-sql")
        .parser(new StatementParser())
        .variable(LineReader.HISTORY_FILE, historyFile)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
        // '!' is SQL (a != b), not a request to expand history.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    out.println(greeting);
    out.flush();
    while (true) {
      String text;
      try {
        text = reader.readLine(PROMPT).strip();
      } catch (UserInterruptException e) {
        continue; // Ctrl-C at the prompt drops the statement being typed
      } catch (EndOfFileException e) {
        break;
      }
      if (QUIT.contains(text.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (text.equalsIgnoreCase("help") || text.equalsIgnoreCase("help;")) {
        out.println(greeting);
        continue;
      }
      for (String statement : Statements.split(text).all()) {
        runCancellable(statement);
      }
    }
    reader.getHistory().save();
  }

  /** Runs one statement with Ctrl-C cancelling its Spark jobs instead of ending the shell. */
  private void runCancellable(String statement) {
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT,
        s -> runner.session().sparkContext().cancelAllJobs());
    try {
      runner.run(statement);
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
    }
  }

  /** Asks JLine for another line while the statement typed so far is not ended by a semicolon. */
  static final class StatementParser extends DefaultParser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      if (context == ParseContext.ACCEPT_LINE && !complete(line)) {
        throw new EOFError(-1, -1, "statement not ended by ;");
      }
      return super.parse(line, cursor, context);
    }

    /** A blank line, a shell word (quit, help) or text whose statements all end with ';'. */
    static boolean complete(String line) {
      String t = line.strip().toLowerCase(Locale.ROOT);
      return t.isEmpty() || QUIT.contains(t) || t.equals("help") || Statements.split(line).rest().isEmpty();
    }
  }
}
