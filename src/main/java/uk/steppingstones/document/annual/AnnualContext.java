package uk.steppingstones.document.annual;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.document.FigureId;
import uk.steppingstones.document.Figures;
import uk.steppingstones.document.GoldData;
import uk.steppingstones.document.Page;
import uk.steppingstones.document.RunInfo;
import uk.steppingstones.document.SafeHtml;

/**
 * What every section of the annual report is written from: the financial year and the years
 * before it, the run the data comes from, the gold tables' rows, the page (which numbers the
 * figures) and the figure renderer (the drill-through hook).
 */
public final class AnnualContext {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  final String fy;
  final int startYear;
  final RunInfo run;
  final boolean asPublished;
  final GoldData gold;
  final Figures figures;
  final Page page;

  public AnnualContext(String fy, RunInfo run, boolean asPublished, GoldData gold, Figures figures, Page page) {
    this.fy = fy;
    this.startYear = Integer.parseInt(fy.substring(0, 4));
    this.run = run;
    this.asPublished = asPublished;
    this.gold = gold;
    this.figures = figures;
    this.page = page;
  }

  /** The financial year {@code back} years before the report's. */
  String before(int back) {
    return FinancialYear.label(startYear - back);
  }

  /** The last {@code n} financial years, oldest first, ending with the report's. */
  List<String> lastYears(int n) {
    List<String> years = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      years.add(before(i));
    }
    return years;
  }

  /** A figure (a number in the text or a table), through the drill-through hook. */
  SafeHtml fig(String table, String row, String column, String text) {
    return figures.show(FigureId.of(table, row, column), text);
  }

  /** The first days of the twelve months of a financial year. */
  static List<LocalDate> months(String fy) {
    int start = Integer.parseInt(fy.substring(0, 4));
    List<LocalDate> months = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      months.add(LocalDate.of(start, 4, 1).plusMonths(i));
    }
    return months;
  }

  static String monthLabel(LocalDate month) {
    return MONTH.format(month);
  }

  /** Apr, May, ... for a chart of months side by side across years. */
  static List<String> monthNames() {
    return months("2000-01").stream().map(SHORT_MONTH::format).toList();
  }

  static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** The row of a month in a table keyed by {@code month}, or null. */
  static Row monthRow(List<Row> rows, LocalDate month) {
    for (Row r : rows) {
      java.sql.Date m = r.getAs("month");
      if (m != null && m.toLocalDate().equals(month)) {
        return r;
      }
    }
    return null;
  }

  /** Distinct values of a column over the given rows, in first-seen order. */
  static List<String> distinct(List<Row> rows, String column) {
    Set<String> values = new LinkedHashSet<>();
    rows.forEach(r -> values.add(String.valueOf((Object) r.getAs(column))));
    return new ArrayList<>(values);
  }

  /** Distinct values ordered by a key. */
  static List<String> distinct(List<Row> rows, String column, Comparator<String> order) {
    List<String> values = distinct(rows, column);
    values.sort(order);
    return values;
  }

  /** The rows of several years. */
  List<Row> years(String table, List<String> years) {
    return gold.rows(table).stream().filter(r -> years.contains(r.<String>getAs("financial_year"))).toList();
  }

  /** The row of a year whose {@code column} equals {@code value}, or null. */
  Row find(String table, String year, String column, String value) {
    return gold.year(table, year).stream().filter(r -> value.equals(String.valueOf((Object) r.getAs(column))))
        .findFirst().orElse(null);
  }

  /** Sum of a count column over rows of a year matching a predicate. */
  long sum(String table, String year, String column, Function<Row, Boolean> where) {
    return gold.year(table, year).stream().filter(where::apply).mapToLong(r -> GoldData.count(r, column)).sum();
  }
}
