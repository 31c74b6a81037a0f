package uk.steppingstones.query;

import java.io.PrintStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs statements against the lake session and prints each result, or one line for its error. */
final class StatementRunner {
  private final SparkSession session;
  private final ResultPrinter printer;
  private final PrintStream out;
  private final PrintStream err;

  StatementRunner(SparkSession session, ResultPrinter printer, PrintStream out, PrintStream err) {
    this.session = session;
    this.printer = printer;
    this.out = out;
    this.err = err;
  }

  SparkSession session() {
    return session;
  }

  /** Runs one statement; on failure prints "error: ..." and returns false. */
  boolean run(String statement) {
    try {
      Dataset<Row> result = session.sql(statement);
      printer.print(result, out);
      return true;
    } catch (Exception e) {
      out.flush();
      err.println("error: " + ErrorMessages.oneLine(e));
      err.flush();
      return false;
    }
  }

  /** Runs every statement of a script in order and stops at the first that fails (as a script should). */
  boolean runAll(String script) {
    for (String statement : Statements.split(script).all()) {
      if (!run(statement)) {
        return false;
      }
    }
    return true;
  }
}
