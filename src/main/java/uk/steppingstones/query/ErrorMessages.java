package uk.steppingstones.query;

import java.util.Locale;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.catalyst.parser.ParseException;

/**
 * One line for what went wrong with a statement, instead of Spark's multi-line messages (query
 * plans, SQL with carets) and stack traces: analysts need to know what to fix, not where in Spark.
 */
final class ErrorMessages {
  private ErrorMessages() {}

  static String oneLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadInput || t instanceof LakeCatalog.ReadOnlyException
          || t instanceof LakeCatalog.NotPublishedException) {
        return firstLine(t.getMessage());
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ParseException p) {
        String where = p.line().isDefined() ? " (line " + p.line().get() + ", position " + p.startPosition().get() + ")" : "";
        return "syntax error: " + withoutErrorClass(firstLine(p.getMessage())).replaceAll("\\(line \\d+, pos \\d+\\)$", "")
            .strip() + where;
      }
      if (t instanceof AnalysisException a) {
        if ("TABLE_OR_VIEW_NOT_FOUND".equals(a.getErrorClass())) {
          String name = a.getMessageParameters().getOrDefault("relationName", "?").replace("`", "");
          return "unknown table " + name + ": SHOW TABLES lists the gold tables;"
              + " the others are conformed.<table>, raw.<dataset> and ops.<table> (SHOW TABLES IN conformed)";
        }
        return withoutErrorClass(firstLine(a.getSimpleMessage()));
      }
    }
    if (String.valueOf(e.getMessage()).contains("cancelled as part of cancellation of all jobs")) {
      return "cancelled"; // Ctrl-C in the shell
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : firstLine(root.getMessage());
    return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  /** Spark prefixes messages with an error class in brackets; keep it only when it is all there is. */
  static String withoutErrorClass(String message) {
    String m = message.strip();
    if (m.startsWith("[") && m.indexOf(']') > 0 && m.indexOf(']') < m.length() - 1) {
      String errorClass = m.substring(1, m.indexOf(']'));
      if (errorClass.equals(errorClass.toUpperCase(Locale.ROOT))) {
        return m.substring(m.indexOf(']') + 1).strip();
      }
    }
    return m;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    for (String line : message.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }
}
