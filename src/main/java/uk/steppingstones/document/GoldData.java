package uk.steppingstones.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The gold tables a document shows, collected (they are small: a few rows per year), by table
 * name. Sections read them through the helpers here, never through Spark.
 */
public record GoldData(Map<String, List<Row>> tables) {

  /** Every row of a table; none when the table was not read. */
  public List<Row> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  /** The rows of one financial year. */
  public List<Row> year(String table, String fy) {
    return rows(table).stream().filter(r -> fy.equals(r.getAs("financial_year"))).toList();
  }

  /** The one row of a financial year in a table of one row per year, or null. */
  public Row yearRow(String table, String fy) {
    return year(table, fy).stream().findFirst().orElse(null);
  }

  /** Financial years present in any of the tables read. */
  public Set<String> financialYears() {
    Set<String> years = new TreeSet<>();
    tables.values().forEach(rows -> rows.forEach(r -> {
      if (hasField(r, "financial_year") && r.getAs("financial_year") != null) {
        years.add(r.getAs("financial_year"));
      }
    }));
    return years;
  }

  public static boolean hasField(Row r, String field) {
    return r.schema() != null && List.of(r.schema().fieldNames()).contains(field);
  }

  /** A count column (BIGINT, INT) of a row; 0 when the row or value is missing. */
  public static long count(Row r, String column) {
    if (r == null || r.isNullAt(r.fieldIndex(column))) {
      return 0;
    }
    return ((Number) r.getAs(column)).longValue();
  }

  /** A money (DECIMAL) column; 0 when the row or value is missing. */
  public static BigDecimal money(Row r, String column) {
    if (r == null || r.isNullAt(r.fieldIndex(column))) {
      return BigDecimal.ZERO;
    }
    Object v = r.getAs(column);
    return v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v));
  }

  /** A DOUBLE column (percentages, means); null when missing. */
  public static Double number(Row r, String column) {
    if (r == null || r.isNullAt(r.fieldIndex(column))) {
      return null;
    }
    return ((Number) r.getAs(column)).doubleValue();
  }

  public static String text(Row r, String column) {
    return r == null ? null : Objects.toString(r.getAs(column), null);
  }
}
