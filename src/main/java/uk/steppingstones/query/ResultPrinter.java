package uk.steppingstones.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/** Prints a statement's result: an aligned table for people, or CSV for scripts. */
interface ResultPrinter {
  void print(Dataset<Row> result, PrintStream out);

  /** A result's column names, which columns hold numbers, and its rows as text (null stays null). */
  record Text(List<String> columns, List<Boolean> numeric, Iterator<List<String>> rows) {

    /**
     * Each value as Spark SQL casts it to a string, so dates, timestamps (in the session's time
     * zone), decimals and arrays read as they would in a SQL expression and the same in both
     * formats. Columns are renamed by position first: a join may give two columns one name.
     *
     * @param stream fetch rows a partition at a time (for output with no limit) rather than all at once
     */
    static Text of(Dataset<Row> result, boolean stream) {
      StructField[] fields = result.schema().fields();
      List<String> columns = new ArrayList<>();
      List<Boolean> numeric = new ArrayList<>();
      List<Column> asText = new ArrayList<>();
      String[] positional = new String[fields.length];
      for (int i = 0; i < fields.length; i++) {
        columns.add(fields[i].name());
        numeric.add(fields[i].dataType() instanceof NumericType);
        positional[i] = "c" + i;
        asText.add(functions.col(positional[i]).cast("string"));
      }
      Dataset<Row> text = result.toDF(positional).select(asText.toArray(Column[]::new));
      Iterator<Row> rows = stream ? text.toLocalIterator() : text.collectAsList().iterator();
      Iterator<List<String>> values = new Iterator<>() {
        public boolean hasNext() {
          return rows.hasNext();
        }

        public List<String> next() {
          Row r = rows.next();
          List<String> values = new ArrayList<>(r.size());
          for (int i = 0; i < r.size(); i++) {
            values.add(r.isNullAt(i) ? null : r.getString(i));
          }
          return values;
        }
      };
      return new Text(columns, numeric, values);
    }
  }
}
