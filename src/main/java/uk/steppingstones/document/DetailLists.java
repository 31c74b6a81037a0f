package uk.steppingstones.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/**
 * The drill-through of the HTML report: every figure that counts children, records or money links
 * to the list of the records behind it, read from its table's detail table ({@code <table>_detail},
 * {@link Detail}), in a closing section of the same file ("Records behind the figures"): one
 * collapsed {@code <details>} per figure shown, opened when its link is followed, listing child,
 * record type, record id, date and amount. Only figures the document shows get a list, so the file
 * holds only the rows of the years it reports. A figure of 0, and a derived figure (a percentage, a
 * mean, a running total), has no list and stays plain text.
 *
 * <p>A figure names its row as the sections write it ({@link FigureId#row}): the row's key values
 * joined with {@code /} in any order (a financial year or month first), and a part may name a key
 * column by its last word followed by the value ({@code 2024-25/group/CLA Permanency} is every
 * team of that group). A figure summed over several rows of its table (a team group, both with_ss
 * values of a band) lists the records of them all. The list's heading states the figure the
 * records give, by the column's role: distinct children, records, or the sum of money.
 */
public final class DetailLists implements DrillThrough {
  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, Linked> linked = new LinkedHashMap<>();

  /** What one figure links to. */
  private record Linked(String anchor, FigureId id, Role role, List<Row> rows) {}

  /** A detail table's rows by figure, with what its key columns are. */
  private record Table(List<String> keys, Map<String, List<Row>> byFigure, Map<String, Role> roles) {}

  /**
   * @param details the detail tables' rows, by report table name (each read from
   *     {@code <table>_detail})
   */
  public DetailLists(Map<String, List<Row>> details) {
    Map<String, ReportTable> registry = new HashMap<>();
    ReportTables.ALL.forEach(t -> registry.put(t.name(), t));
    details.forEach((name, rows) -> {
      ReportTable t = registry.get(name);
      if (t == null) {
        return;
      }
      List<String> keys = t.doc().columns().stream().filter(c -> c.role() == Role.KEY).map(ColumnDoc::name).toList();
      Map<String, Role> roles = new HashMap<>();
      Detail.counted(t.doc()).forEach(c -> roles.put(c.name(), c.role()));
      Map<String, List<Row>> byFigure = new HashMap<>();
      for (Row r : rows) {
        byFigure.computeIfAbsent(r.getAs(Detail.FIGURE), f -> new ArrayList<>()).add(r);
      }
      tables.put(name, new Table(keys, byFigure, roles));
    });
  }

  /** The detail tables a document reading {@code reportTables} needs. */
  public static List<String> detailTables(List<String> reportTables) {
    return reportTables.stream().map(t -> t + Detail.SUFFIX).toList();
  }

  @Override
  public Optional<String> target(FigureId id) {
    String key = id.toString();
    Linked done = linked.get(key);
    if (done != null) {
      return Optional.of("#" + done.anchor());
    }
    Table t = tables.get(id.table());
    if (t == null || !t.roles().containsKey(id.column())) {
      return Optional.empty();
    }
    List<Row> rows = t.byFigure().getOrDefault(id.column(), List.of()).stream()
        .filter(r -> matches(r, t.keys(), id.row())).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String anchor = "records-" + (linked.size() + 1);
    linked.put(key, new Linked(anchor, id, t.roles().get(id.column()), rows));
    return Optional.of("#" + anchor);
  }

  @Override
  public Optional<SafeHtml> lists() {
    if (linked.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<p>Every count and sum of money in this report links here, to the records behind it: the child ")
        .append("(pseudonymised), the record in LCS or the finance extract (its id) and the date that placed it in ")
        .append("the figure. A child with two records is listed twice and counted once. The lists come from the ")
        .append("detail tables of the lake (<code>&lt;table&gt;_detail</code>), made from the same records as ")
        .append("the figures.</p>\n");
    for (Linked l : linked.values()) {
      h.append("<details class=\"records\" id=\"").append(l.anchor()).append("\"><summary>")
          .append(Html.esc(title(l))).append("</summary>\n");
      boolean money = l.role() == Role.MONEY;
      h.append("<table class=\"records\"><thead><tr><th>child</th><th>record</th><th>id</th><th>date</th>")
          .append(money ? "<th class=\"num\">amount</th>" : "").append("</tr></thead><tbody>\n");
      for (Row r : l.rows()) {
        // End tags of cells and rows are optional in HTML: left out, the lists are a third smaller.
        h.append("<tr><td>").append(Html.esc(nz(r.getAs(Detail.CHILD_KEY)))).append("<td>")
            .append(Html.esc(nz(r.getAs(Detail.RECORD_TYPE)))).append("<td>")
            .append(Html.esc(nz(r.getAs(Detail.RECORD_ID)))).append("<td>")
            .append(Html.esc(nz(r.getAs(Detail.RECORD_DATE))));
        if (money) {
          h.append("<td class=\"num\">").append(Html.esc(Html.money(r.getAs(Detail.AMOUNT))));
        }
        h.append('\n');
      }
      h.append("</tbody></table></details>\n");
    }
    h.append("<script>\n").append(OPEN_ON_LINK).append("</script>\n");
    return Optional.of(new SafeHtml(h.toString()));
  }

  /** The figures linked so far, by {@link FigureId#toString}: its anchor. For tests. */
  public Map<String, String> anchors() {
    Map<String, String> a = new LinkedHashMap<>();
    linked.forEach((k, l) -> a.put(k, l.anchor()));
    return a;
  }

  /** "cla_step_down 2024-25, children_stepped_down: 55 children (57 records)". */
  private static String title(Linked l) {
    List<Row> rows = l.rows();
    String figure = switch (l.role()) {
      case CHILDREN -> {
        Set<Object> children = new HashSet<>();
        rows.forEach(r -> children.add(r.getAs(Detail.CHILD_KEY)));
        yield Html.count(children.size()) + (children.size() == 1 ? " child" : " children");
      }
      case MONEY -> Html.money(rows.stream().map(r -> r.<BigDecimal>getAs(Detail.AMOUNT))
          .reduce(BigDecimal.ZERO, BigDecimal::add));
      default -> Html.count(rows.size()) + (rows.size() == 1 ? " record" : " records");
    };
    return l.id().table() + " " + l.id().row() + ", " + l.id().column() + ": " + figure
        + (l.role() == Role.RECORDS ? "" : " (" + Html.count(rows.size()) + (rows.size() == 1 ? " record)" : " records)"));
  }

  /**
   * Whether a detail row lies in the figure's row: the row id's parts are the row's key values
   * (each key used once, in any order; a value may itself hold {@code /}, as "Exploitation
   * (criminal/sexual)" does), or name a key column by its last word followed by its value.
   */
  static boolean matches(Row r, List<String> keys, String rowId) {
    List<String> values = new ArrayList<>();
    for (String k : keys) {
      values.add(nz(r.getAs(k)));
    }
    return matchFrom(rowId.split("/", -1), 0, keys, values, new boolean[keys.size()]);
  }

  /** Whether parts[i..] are each an unused key value (or a named key and its value). */
  private static boolean matchFrom(String[] parts, int i, List<String> keys, List<String> values, boolean[] used) {
    if (i == parts.length) {
      return true;
    }
    int named = i + 1 < parts.length ? named(keys, parts[i]) : -1;
    if (named >= 0 && !used[named] && spans(parts, i + 1, values.get(named)) > 0) {
      used[named] = true;
      if (matchFrom(parts, i + 1 + spans(parts, i + 1, values.get(named)), keys, values, used)) {
        return true;
      }
      used[named] = false;
    }
    for (int k = 0; k < values.size(); k++) {
      int n = used[k] ? 0 : spans(parts, i, values.get(k));
      if (n > 0) {
        used[k] = true;
        if (matchFrom(parts, i + n, keys, values, used)) {
          return true;
        }
        used[k] = false;
      }
    }
    return false;
  }

  /** How many parts from {@code i} on spell {@code value}, or 0 when they do not. */
  private static int spans(String[] parts, int i, String value) {
    int n = value.split("/", -1).length;
    if (i + n > parts.length) {
      return 0;
    }
    return String.join("/", java.util.Arrays.copyOfRange(parts, i, i + n)).equals(value) ? n : 0;
  }

  /** The key column a part names ({@code group} names {@code team_group}), or -1. */
  private static int named(List<String> keys, String part) {
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      if (key.equals(part) || key.endsWith("_" + part)) {
        return k;
      }
    }
    return -1;
  }

  private static String nz(Object v) {
    return v == null ? "" : v.toString();
  }

  /** Opens a figure's list when its link is followed (a closed details element hides it). */
  private static final String OPEN_ON_LINK = """
      (function () {
        function open() {
          var id = decodeURIComponent(location.hash.slice(1));
          var el = id && document.getElementById(id);
          if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView(); }
        }
        window.addEventListener('hashchange', open);
        open();
      })();
      """;
}
