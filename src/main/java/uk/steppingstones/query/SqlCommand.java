package uk.steppingstones.query;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import uk.steppingstones.common.SparkSessions;

/**
 * {@code jobs/sql.sh}: Spark SQL over a lake, tables found by name (see {@link LakeCatalog}), with
 * {@code -e}/{@code -f} for one-off statements, an interactive shell otherwise, and
 * {@code --as-published NIGHT} to read the figures a night published.
 *
 * <p>Exit status: 0 every statement ran; 1 a statement failed (the rest of the script is not run);
 * 2 the command was given bad input (an unknown option, a folder that is not a lake, a night that
 * never ran). Every failure is one line on stderr.
 */
public final class SqlCommand {
  public static final int OK = 0, STATEMENT_FAILED = 1, BAD_INPUT = 2;

  private SqlCommand() {}

  public static void main(String[] args) {
    int exit;
    SqlOptions options;
    List<String> scripts;
    try {
      options = SqlOptions.parse(args);
      if (options.help()) {
        System.out.println(SqlOptions.USAGE);
        System.exit(OK);
        return;
      }
      scripts = read(options.sources());
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      System.exit(BAD_INPUT);
      return;
    }
    SparkSession spark = quietSession("stepping-stones-sql");
    try {
      exit = run(spark, options, scripts, System.out, System.err);
    } catch (RuntimeException e) {
      System.err.println("error: " + ErrorMessages.oneLine(e));
      exit = STATEMENT_FAILED;
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /**
   * The job's session without its web UI (nothing to bind a port for; -Dspark.ui.enabled=true still
   * wins) and with Spark's log silenced: its warnings are noise between results, and a failing task
   * logs a stack trace, while every error reaches the user as the statement's one line.
   */
  static SparkSession quietSession(String appName) {
    System.setProperty("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
    org.apache.logging.log4j.core.config.Configurator.setAllLevels(org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME,
        org.apache.logging.log4j.Level.OFF);
    return SparkSessions.forJob(appName);
  }

  /** The text of each -e and -f, in order; an unreadable file is bad input. */
  static List<String> read(List<SqlOptions.Source> sources) {
    List<String> scripts = new ArrayList<>();
    for (SqlOptions.Source s : sources) {
      if (s.isFile()) {
        try {
          scripts.add(Files.readString(Path.of(s.text()), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
          throw new BadInput("cannot read the SQL file " + s.text() + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
      } else {
        scripts.add(s.text());
      }
    }
    return scripts;
  }

  /**
   * Runs the command on {@code base}'s Spark context: the scripts, or the shell when there are none.
   * Bad input (not a lake, a night that never ran) is reported here, as one line.
   */
  static int run(SparkSession base, SqlOptions options, List<String> scripts, PrintStream out, PrintStream err) {
    SparkSession session;
    Optional<PublishedNight> night;
    try {
      LakeFolders lake = new LakeFolders(options.lake(), base.sparkContext().hadoopConfiguration());
      lake.notALake().ifPresent(problem -> {
        throw new BadInput(problem);
      });
      night = options.asPublished().map(n -> PublishedNight.find(base, lake, n));
      session = LakeSession.open(base, lake, night);
    } catch (BadInput e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    }
    ResultPrinter printer = options.csv() ? new CsvPrinter() : new TablePrinter(options.maxRows());
    String reading = night.map(n -> "figures as published by " + n.describe()
        + ": gold and conformed tables at the versions that run left, raw and ops as they are now").orElse("");
    if (scripts.isEmpty() && System.console() != null) {
      return shell(options, session, printer, reading, out, err);
    }
    if (!reading.isEmpty()) {
      err.println(reading); // stderr, so --csv output stays clean for scripts
    }
    StatementRunner runner = new StatementRunner(session, printer, out, err);
    if (scripts.isEmpty()) {
      // Statements piped in (echo "select ...;" | sql.sh --lake DIR): read them as a script.
      scripts = List.of(readStdin());
    }
    for (String script : scripts) {
      if (!runner.runAll(script)) {
        return STATEMENT_FAILED;
      }
    }
    return OK;
  }

  private static int shell(SqlOptions options, SparkSession session, ResultPrinter printer, String reading,
      PrintStream out, PrintStream err) {
    String greeting = "Spark SQL on the lake " + options.lake() + (reading.isEmpty() ? "" : "\n" + reading) + "\n"
        + "Gold tables by name (SHOW TABLES); others as conformed.<table>, raw.<dataset>, ops.<table>"
        + " (SHOW TABLES IN conformed). End statements with ; - quit or Ctrl-D to leave.";
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      new SqlShell(terminal, SqlShell.defaultHistoryFile(), new StatementRunner(session, printer, out, err), out)
          .run(greeting);
      return OK;
    } catch (IOException e) {
      err.println("error: cannot open the terminal: " + e.getMessage());
      return STATEMENT_FAILED;
    }
  }

  private static String readStdin() {
    try {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInput("cannot read statements from standard input: " + e.getMessage());
    }
  }
}
