package uk.steppingstones.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.common.TableDoc;

/**
 * The add-up rule of the detail tables, checked on a table's rows and its detail rows (both
 * collected: the tables are small): for every row of the table and every column of role CHILDREN,
 * RECORDS or MONEY, the detail rows of that row and figure give the figure (distinct child_key,
 * rows, sum of amount to the penny); a figure of 0 has none; no detail row lies outside the table's
 * rows; each detail row is complete for its figure and listed once. Returns the problems found, so
 * a test can show every table's at once.
 */
final class DetailAddsUp {
  private static final int MAX_PROBLEMS = 12;

  private DetailAddsUp() {}

  /** Columns that name a person: never in a detail table (the export refuses most of them too). */
  static final List<String> PERSON_COLUMNS = List.of("person_id", "source_person_id", "date_of_birth", "forename",
      "surname", "merged_into_person_id", "family_id");

  static List<String> problems(ReportTable t, Dataset<Row> table, Dataset<Row> detail) {
    return check(t, table, detail, new HashSet<>());
  }

  /**
   * @param nonZero gets {@code table.column} of every counted figure that is not 0 in some row, so
   *     a test can show its inputs reached every figure
   */
  static List<String> check(ReportTable t, Dataset<Row> table, Dataset<Row> detail, Set<String> nonZero) {
    List<String> problems = new ArrayList<>();
    TableDoc doc = t.doc();
    String name = t.name();
    List<String> keys = doc.columns().stream().filter(c -> c.role() == Role.KEY).map(ColumnDoc::name).toList();
    Map<String, Role> counted = new HashMap<>();
    Detail.counted(doc).forEach(c -> counted.put(c.name(), c.role()));

    // The shape: the table's keys with their types, then the generic columns.
    List<String> expectedColumns = new ArrayList<>(keys);
    expectedColumns.addAll(Detail.COLUMNS);
    for (String c : detail.columns()) {
      if (PERSON_COLUMNS.contains(c)) {
        problems.add(name + "_detail has column " + c + ", which names a person");
      }
    }
    if (!List.of(detail.columns()).equals(expectedColumns)) {
      problems.add(name + "_detail has columns " + List.of(detail.columns()) + ", expected " + expectedColumns);
      return problems;
    }
    StructType ts = table.schema();
    StructType ds = detail.schema();
    for (String k : keys) {
      StructField a = ts.apply(k);
      StructField b = ds.apply(k);
      if (!a.dataType().equals(b.dataType())) {
        problems.add(name + "_detail." + k + " is " + b.dataType().simpleString() + ", the table's "
            + a.dataType().simpleString());
      }
    }
    Map<String, String> generic = Map.of(Detail.FIGURE, "string", Detail.CHILD_KEY, "string",
        Detail.RECORD_TYPE, "string", Detail.RECORD_ID, "string", Detail.RECORD_DATE, "date",
        Detail.AMOUNT, "decimal(18,2)");
    generic.forEach((c, type) -> {
      if (!ds.apply(c).dataType().simpleString().equals(type)) {
        problems.add(name + "_detail." + c + " is " + ds.apply(c).dataType().simpleString() + ", not " + type);
      }
    });
    if (!problems.isEmpty()) {
      return problems;
    }

    // The detail rows, summed per (row, figure).
    Map<List<Object>, Sum> sums = new HashMap<>();
    Set<List<Object>> listed = new HashSet<>();
    int k = keys.size();
    for (Row r : detail.collectAsList()) {
      List<Object> row = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        row.add(r.get(i));
      }
      String figure = r.getString(k);
      String child = r.getString(k + 1);
      String type = r.getString(k + 2);
      String id = r.getString(k + 3);
      Object date = r.get(k + 4);
      BigDecimal amount = r.getDecimal(k + 5);
      String where = name + "_detail " + row + " " + figure + " " + type + " " + id;
      Role role = counted.get(figure);
      if (role == null) {
        problems.add(where + ": " + figure + " is not a column counting children, records or money");
        continue;
      }
      if (type == null || id == null || date == null) {
        problems.add(where + ": record type, id or date missing");
      }
      if (role == Role.CHILDREN && child == null) {
        problems.add(where + ": no child_key under a count of children");
      }
      if (role == Role.MONEY ? amount == null || amount.signum() == 0 : amount != null) {
        problems.add(where + ": amount " + amount + " under a " + role + " figure");
      }
      List<Object> record = new ArrayList<>(row);
      record.addAll(List.of(figure, String.valueOf(type), String.valueOf(id)));
      if (!listed.add(record)) {
        problems.add(where + ": listed twice");
      }
      List<Object> cell = new ArrayList<>(row);
      cell.add(figure);
      sums.computeIfAbsent(cell, c -> new Sum()).add(child, amount);
    }

    // Every figure of every row of the table.
    Set<List<Object>> rows = new HashSet<>();
    for (Row r : table.collectAsList()) {
      List<Object> row = new ArrayList<>();
      for (String key : keys) {
        row.add(r.get(r.fieldIndex(key)));
      }
      if (!rows.add(row)) {
        problems.add(name + ": two rows of key " + row + ", so its detail cannot tell them apart");
      }
      for (var c : counted.entrySet()) {
        Object value = r.get(r.fieldIndex(c.getKey()));
        if (value instanceof BigDecimal d ? d.signum() != 0 : value != null && !value.equals(0L)) {
          nonZero.add(name + "." + c.getKey());
        }
        List<Object> cell = new ArrayList<>(row);
        cell.add(c.getKey());
        Sum s = sums.getOrDefault(cell, new Sum());
        Object got = switch (c.getValue()) {
          case CHILDREN -> (long) s.children.size();
          case RECORDS -> s.records;
          default -> s.money;
        };
        boolean same = value instanceof BigDecimal d ? d.compareTo((BigDecimal) got) == 0 : got.equals(value);
        if (!same) {
          problems.add(name + " " + row + " " + c.getKey() + " = " + value + ", its detail gives " + got
              + " (" + s.records + " rows)");
        }
      }
    }
    for (List<Object> cell : sums.keySet()) {
      if (!rows.contains(cell.subList(0, k))) {
        problems.add(name + "_detail lists records under " + cell + ", a row the table does not have");
      }
    }
    return problems.size() > MAX_PROBLEMS
        ? new ArrayList<>(problems.subList(0, MAX_PROBLEMS)) {{ add("... and more"); }}
        : problems;
  }

  private static final class Sum {
    final Set<String> children = new HashSet<>();
    long records;
    BigDecimal money = BigDecimal.ZERO;

    void add(String child, BigDecimal amount) {
      if (child != null) {
        children.add(child);
      }
      records++;
      if (amount != null) {
        money = money.add(amount);
      }
    }
  }
}
