package uk.steppingstones.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Results as an aligned table: a header, a rule, every row up to {@code maxRows} (number columns
 * right aligned, NULL for no value) and a row count. A value's line breaks and tabs are shown as
 * {@code \n} and {@code \t}, and a very long value is cut, so one row stays one line.
 */
final class TablePrinter implements ResultPrinter {
  static final int MAX_WIDTH = 80;
  private final int maxRows;

  TablePrinter(int maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  public void print(Dataset<Row> result, PrintStream out) {
    if (result.schema().isEmpty()) {
      return; // a statement with no result (SET, USE, CACHE TABLE)
    }
    out.print(format(Text.of(result.limit(maxRows + 1), false), maxRows));
    out.flush();
  }

  /** The table for at most {@code maxRows} of {@code text}'s rows; says so when there were more. */
  static String format(Text text, int maxRows) {
    List<String> header = text.columns();
    int cols = header.size();
    List<List<String>> rows = new ArrayList<>();
    boolean more = false;
    for (Iterator<List<String>> it = text.rows(); it.hasNext(); ) {
      List<String> r = it.next();
      if (rows.size() == maxRows) {
        more = true;
        break;
      }
      List<String> cells = new ArrayList<>(cols);
      r.forEach(v -> cells.add(cell(v)));
      rows.add(cells);
    }
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width, text.numeric());
    for (int c = 0; c < cols; c++) {
      sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
    }
    sb.append('\n');
    for (List<String> r : rows) {
      line(sb, r, width, text.numeric());
    }
    int n = rows.size();
    sb.append('(').append(n).append(n == 1 ? " row" : " rows");
    if (more) {
      sb.append("; more not shown: add LIMIT, or use --max-rows N or --csv");
    }
    sb.append(")\n");
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] width, List<Boolean> numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String v = cells.get(c);
      String pad = " ".repeat(width[c] - v.length());
      line.append(c == 0 ? "" : " | ");
      line.append(numeric.get(c) ? pad + v : v + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static String cell(String v) {
    if (v == null) {
      return "NULL";
    }
    String s = v.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 3) + "..." : s;
  }
}
