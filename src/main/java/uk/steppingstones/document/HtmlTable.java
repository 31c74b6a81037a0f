package uk.steppingstones.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of figures: a header row and rows of cells. A cell is a {@link SafeHtml} fragment (a
 * figure, a link) or any other value, escaped; numbers and figures are right-aligned.
 */
public final class HtmlTable {
  private final String caption;
  private final List<Object> header = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<Boolean> totals = new ArrayList<>();
  private String cssClass = "figures";
  private int textColumns = 1;
  private java.util.Set<Integer> numeric = java.util.Set.of();

  public HtmlTable(String caption) {
    this.caption = caption;
  }

  public HtmlTable head(Object... cells) {
    header.addAll(List.of(cells));
    return this;
  }

  public HtmlTable row(Object... cells) {
    rows.add(List.of(cells));
    totals.add(false);
    return this;
  }

  /** A closing row set in bold (totals). */
  public HtmlTable total(Object... cells) {
    rows.add(List.of(cells));
    totals.add(true);
    return this;
  }

  /** A long table may break across pages (a list of lines, not a block of figures). */
  public HtmlTable breakable() {
    cssClass = "figures long";
    return this;
  }

  /** The first {@code n} columns hold text (left-aligned); the rest hold numbers. */
  public HtmlTable textColumns(int n) {
    textColumns = n;
    return this;
  }

  /** Exactly these columns (from 0) hold numbers; every other column holds text. */
  public HtmlTable numericColumns(Integer... columns) {
    numeric = java.util.Set.of(columns);
    textColumns = 0;
    return this;
  }

  private boolean isNumeric(int column) {
    return numeric.isEmpty() ? column >= textColumns : numeric.contains(column);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public SafeHtml html() {
    StringBuilder s = new StringBuilder("<table class=\"").append(cssClass).append("\">");
    if (caption != null && !caption.isEmpty()) {
      s.append("<caption>").append(Html.esc(caption)).append("</caption>");
    }
    if (!header.isEmpty()) {
      s.append("<thead><tr>");
      for (int i = 0; i < header.size(); i++) {
        s.append(isNumeric(i) ? "<th class=\"num\">" : "<th>").append(cell(header.get(i))).append("</th>");
      }
      s.append("</tr></thead>");
    }
    s.append("<tbody>");
    for (int r = 0; r < rows.size(); r++) {
      s.append(totals.get(r) ? "<tr class=\"total\">" : "<tr>");
      List<Object> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        Object c = row.get(i);
        boolean num = isNumeric(i);
        s.append(num ? "<td class=\"num\">" : "<td>").append(cell(c)).append("</td>");
      }
      s.append("</tr>");
    }
    return new SafeHtml(s.append("</tbody></table>").toString());
  }

  private static String cell(Object c) {
    if (c instanceof SafeHtml h) {
      return h.html();
    }
    if (c instanceof Number n && !(c instanceof java.math.BigDecimal)) {
      return Html.esc(Html.count(n));
    }
    return Html.esc(c);
  }
}
