package uk.steppingstones.report;

import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.value;

import uk.steppingstones.common.ColumnDoc;

/** Wording the report tables' declarations ({@link ReportTable#doc}) share. */
public final class ReportDocs {
  private ReportDocs() {}

  /** {@code financial_year}, the year of {@code placedBy}. */
  public static ColumnDoc financialYear(String placedBy) {
    return key("financial_year", "Financial year (1 April to 31 March, written like 2024-25) of " + placedBy + ".");
  }

  /** {@code month}: a calendar month, as its first day. */
  public static ColumnDoc month(String more) {
    return key("month", "Calendar month, as its first day (a DATE). " + more);
  }

  /** The pseudonymised child. */
  public static final ColumnDoc CHILD_KEY =
      value("child_key", "The child, pseudonymised: the first 16 hex characters of HMAC-SHA256 of the surviving "
          + "PersonID under the night's key, the same in every table. Never a PersonID or a name.");

  /** A percentage of a total, as every report table rounds it. */
  public static ColumnDoc pct(String name, String part, String total) {
    return value(name, part + " as a percentage of " + total
        + ": 100 × part / total, rounded half away from zero to 2 decimal places; 0 when the total is 0.");
  }

  /** The sentence on which years a table has rows for. */
  public static String years(String first) {
    return "Every financial year from the first with " + first + " through the year of the as-of date has a row.";
  }

  /** What the start set of a year is. */
  public static final String START_SET =
      "The start set of a year is, for each child, their earliest involvement whose StartDate is in the year, "
          + "read on that StartDate d (two involvements starting the same day give the same d).";
}
