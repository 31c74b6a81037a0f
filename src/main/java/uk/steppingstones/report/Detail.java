package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.finance.FinanceClaims;

/**
 * Drill-through: the records behind every count and sum of a report table, as the gold table
 * {@code <table>_detail}. Every detail table has one shape: the parent's KEY columns (same names and
 * types), then {@code figure} (the parent column the record counts in), {@code child_key},
 * {@code record_type}, {@code record_id} (the LCS or finance extract id, as text),
 * {@code record_date} (the date that placed the record in its row) and {@code amount} (money
 * figures only).
 *
 * <p>The detail is made from the same facts as the figures ({@link ReportTable#detail}: the table's
 * facts and, for each CHILDREN, RECORDS and MONEY column, which facts count in it), so the two
 * cannot drift apart. They add up by the parent's declared roles: for each row and figure,
 * CHILDREN = distinct child_key, RECORDS = rows, MONEY = sum of amount, to the penny. A figure of 0
 * has no rows (so records carrying 0.00 are not listed under a money figure); VALUE columns
 * (percentages, means, running totals, flags) have no detail.
 */
public final class Detail {
  /** The detail table of {@code table} is {@code table + SUFFIX}. */
  public static final String SUFFIX = "_detail";

  public static final String FIGURE = "figure";
  public static final String CHILD_KEY = "child_key";
  public static final String RECORD_TYPE = "record_type";
  public static final String RECORD_ID = "record_id";
  public static final String RECORD_DATE = "record_date";
  public static final String AMOUNT = "amount";

  /** The generic columns, after the parent's keys. */
  public static final List<String> COLUMNS = List.of(FIGURE, CHILD_KEY, RECORD_TYPE, RECORD_ID, RECORD_DATE, AMOUNT);

  // Record types, in the service's words; record_id is the id named beside each.
  public static final String INVOLVEMENT = "involvement";
  public static final String FORM = "form";
  public static final String CLAIM = "claim";
  public static final String SAVINGS_TARGET = "savings_target";
  public static final String EPISODE = "episode";
  public static final String PERIOD_OF_CARE = "period_of_care";
  public static final String REFERRAL = "referral";
  public static final String MEETING = "meeting";
  public static final String PLO = "plo";

  /** What record_id holds for each record type. */
  private static final Map<String, String> IDS = Map.of(
      INVOLVEMENT, "InvolvementID",
      FORM, "FormID",
      CLAIM, "FormID of the claim's Target Achievement Form (SS_TAF)",
      SAVINGS_TARGET, "the target's FinancialYear and Month, e.g. 2024-25 2024-04",
      EPISODE, "EpisodeID of the care episode",
      PERIOD_OF_CARE, "EpisodeID of the period's first care episode",
      REFERRAL, "ReferralID of the FGC referral",
      MEETING, "MeetingID of the FGC meeting",
      PLO, "PLOID");

  private final Dataset<Row> facts;
  private final List<Figure> figures;
  private final String unlisted;

  private Detail(Dataset<Row> facts, List<Figure> figures, String unlisted) {
    this.facts = Objects.requireNonNull(facts, "facts");
    this.figures = List.copyOf(figures);
    this.unlisted = unlisted;
  }

  /**
   * The records behind a table's figures.
   *
   * @param facts the table's facts (one row per counted record), holding the parent's KEY columns
   *     by name and whatever the figures read
   * @param figures one per CHILDREN, RECORDS and MONEY column of the parent; none for a table
   *     without such columns (its detail is empty)
   */
  public static Detail of(Dataset<Row> facts, Figure... figures) {
    return new Detail(facts, List.of(figures), null);
  }

  /**
   * A table whose counts are not of records the report inputs hold (the data-quality tables count
   * lines of landing files from each night's accounting): its detail table is empty and its
   * declaration says where the lines are instead. The add-up test names the tables that say so.
   *
   * @param rows the table's rows (for the key columns' types)
   * @param where where the records behind its counts are, in words
   */
  public static Detail unlisted(Dataset<Row> rows, String where) {
    return new Detail(rows, List.of(), Objects.requireNonNull(where, "where"));
  }

  public List<Figure> figures() {
    return figures;
  }

  /** Why the records behind the table's counts are not listed, for a table that says so. */
  public java.util.Optional<String> unlisted() {
    return java.util.Optional.ofNullable(unlisted);
  }

  /** The detail table's name. */
  public static String name(ReportTable parent) {
    return parent.name() + SUFFIX;
  }

  /**
   * A figure: the parent column it is, the record each fact is, and the date that places it.
   *
   * @param recordId the column (of the facts) holding the record's id
   * @param recordDate the column holding the date that places the record in its row
   * @param dated that date in words, for the data dictionary ("the claim's EventDate")
   */
  public static Figure figure(String column, String recordType, String recordId, String recordDate, String dated) {
    return new Figure(column, recordType, col(recordId), col(recordDate), dated, lit(true), col("person_id"), null);
  }

  /** One counted column of a parent table and which of its facts count in it, as what. */
  public record Figure(String column, String recordType, Column recordId, Column recordDate, String dated,
      Column where, Column person, Column amount) {
    public Figure {
      if (!IDS.containsKey(recordType)) {
        throw new IllegalArgumentException("unknown record type " + recordType);
      }
    }

    /** Only the facts meeting {@code condition} count in this figure. */
    public Figure where(Column condition) {
      return new Figure(column, recordType, recordId, recordDate, dated, where.and(condition), person, amount);
    }

    /** The records are of no child (a meeting, a target month): child_key is empty. */
    public Figure noChild() {
      return new Figure(column, recordType, recordId, recordDate, dated, where, null, amount);
    }

    /** A money figure: each record's amount in it (records of 0.00 are not listed). */
    public Figure amount(String amountColumn) {
      return new Figure(column, recordType, recordId, recordDate, dated, where, person, col(amountColumn));
    }
  }

  /**
   * The detail rows: for each figure, its facts in the generic shape after the parent's KEY
   * columns. Fails when a counted column of the parent has no figure, a figure is not a counted
   * column, or a money figure has no amount (and the reverse), so a table cannot leave a figure out.
   */
  public Dataset<Row> rows(ReportTable parent, ReportInputs in) {
    TableDoc doc = parent.doc();
    if (unlisted == null) {
      check(parent.name(), doc, figures);
    }
    List<Column> keys = keys(doc).stream().map(k -> col(k.name())).toList();
    Dataset<Row> rows = null;
    for (Figure f : figures) {
      Column where = f.where();
      if (f.amount() != null) {
        where = where.and(f.amount().notEqual(0));
      }
      if (f.person() != null && doc.column(f.column()).orElseThrow().role() == Role.CHILDREN) {
        // A record of no known person is no child: it counts in no distinct-children figure.
        where = where.and(f.person().isNotNull());
      }
      List<Column> out = new ArrayList<>(keys);
      out.add(lit(f.column()).as(FIGURE));
      out.add((f.person() == null ? lit(null).cast("string") : in.childKey(f.person())).as(CHILD_KEY));
      out.add(lit(f.recordType()).as(RECORD_TYPE));
      out.add(f.recordId().cast("string").as(RECORD_ID));
      out.add(f.recordDate().cast("date").as(RECORD_DATE));
      out.add((f.amount() == null ? lit(null) : f.amount()).cast(FinanceClaims.MONEY).as(AMOUNT));
      Dataset<Row> one = facts.filter(where).select(out.toArray(Column[]::new));
      rows = rows == null ? one : rows.unionByName(one);
    }
    if (rows == null) {
      // No counted figure: the shape alone, keys typed as the facts hold them.
      List<Column> out = new ArrayList<>(keys);
      out.add(lit(null).cast("string").as(FIGURE));
      out.add(lit(null).cast("string").as(CHILD_KEY));
      out.add(lit(null).cast("string").as(RECORD_TYPE));
      out.add(lit(null).cast("string").as(RECORD_ID));
      out.add(lit(null).cast("date").as(RECORD_DATE));
      out.add(lit(null).cast(FinanceClaims.MONEY).as(AMOUNT));
      rows = facts.filter(lit(false)).select(out.toArray(Column[]::new));
    }
    return rows;
  }

  /** The parent's columns with a role that adds up: CHILDREN, RECORDS, MONEY. */
  public static List<ColumnDoc> counted(TableDoc doc) {
    return doc.columns().stream().filter(c -> addsUp(c.role())).toList();
  }

  public static boolean addsUp(Role role) {
    return role == Role.CHILDREN || role == Role.RECORDS || role == Role.MONEY;
  }

  private static List<ColumnDoc> keys(TableDoc doc) {
    return doc.columns().stream().filter(c -> c.role() == Role.KEY).toList();
  }

  private static void check(String table, TableDoc doc, List<Figure> figures) {
    Set<String> declared = counted(doc).stream().map(ColumnDoc::name).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> given = new LinkedHashSet<>();
    for (Figure f : figures) {
      ColumnDoc c = doc.column(f.column()).orElseThrow(() ->
          new IllegalStateException(table + ": detail figure " + f.column() + " is not a column"));
      if (!addsUp(c.role())) {
        throw new IllegalStateException(table + "." + f.column() + " is " + c.role() + ": it has no detail");
      }
      if ((c.role() == Role.MONEY) != (f.amount() != null)) {
        throw new IllegalStateException(table + "." + f.column() + ": a money figure, and only one, has an amount");
      }
      if (!given.add(f.column())) {
        throw new IllegalStateException(table + "." + f.column() + " has two detail figures");
      }
    }
    if (!given.equals(declared)) {
      throw new IllegalStateException(table + ": counted columns " + declared + " but detail figures " + given);
    }
  }

  /**
   * The detail table's declaration, from the parent's: its KEY columns as it declares them, then
   * the generic columns, with what each figure lists and which date places its records.
   */
  public static TableDoc doc(ReportTable parent, Detail detail) {
    List<Figure> figures = detail.figures();
    TableDoc p = parent.doc();
    String name = parent.name();
    List<ColumnDoc> columns = new ArrayList<>(keys(p));
    if (detail.unlisted != null) {
      columns.add(ColumnDoc.key(FIGURE, "Always empty: the records behind " + name + " are not listed here ("
          + detail.unlisted + ")."));
    } else if (figures.isEmpty()) {
      columns.add(ColumnDoc.key(FIGURE, "Always empty: " + name + " has no column counting children, records or "
          + "money."));
    } else {
      columns.add(ColumnDoc.key(FIGURE, "The column of " + name + " the record counts in: "
          + figures.stream().map(Figure::column).collect(Collectors.joining(", ")) + "."));
    }
    columns.add(ColumnDoc.value(CHILD_KEY, ReportDocs.CHILD_KEY.description() + " Empty for a record of no child "
        + "(a savings target month, an FGC meeting)."));
    Set<String> types = figures.stream().map(Figure::recordType).collect(Collectors.toCollection(LinkedHashSet::new));
    columns.add(ColumnDoc.key(RECORD_TYPE, "What the record is"
        + (types.isEmpty() ? "." : ": " + String.join(", ", types) + ".")));
    columns.add(ColumnDoc.key(RECORD_ID, "The record's id in the case management system (LCS) or the finance "
        + "extract, as text"
        + (types.isEmpty() ? "." : ": " + types.stream().map(t -> "for " + t + " the " + IDS.get(t))
            .collect(Collectors.joining("; ")) + ".")
        + " Never a PersonID."));
    columns.add(ColumnDoc.value(RECORD_DATE, "The date that placed the record in its row"
        + (figures.isEmpty() ? "." : ": " + figures.stream().map(f -> f.column() + ", " + f.dated())
            .collect(Collectors.joining("; ")) + ".")));
    columns.add(ColumnDoc.money(AMOUNT, "The record's money in the figure, in pounds (DECIMAL(18,2)): for a money "
        + "figure, the claim part's amount or the month's target; empty for figures counting children or records."));
    String rowWords = "record behind a figure of " + name + ": per row of " + name + " and counted column, each record "
        + "it counts (a record counting in several figures of a row is listed once for each)";
    String about = "Drill-through of " + name + " (one row per " + p.row() + "): the records behind each of its "
        + "counts and sums. They add up to the figures: a column counting children is the number of distinct "
        + "child_key of its records, one counting records the number of its records, a sum of money the sum of "
        + "amount, to the penny. A figure of 0 has no records listed (nor does a record of 0.00 under a sum of "
        + "money). Derived columns (percentages, means, percentiles, running totals, flags) have no detail."
        + (detail.unlisted == null ? "" : " This table is always empty: " + detail.unlisted + ".");
    return new TableDoc(rowWords, about, columns);
  }
}
