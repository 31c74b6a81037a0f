package uk.steppingstones;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.conformed.ConformedTables;

/**
 * Base of every Spark test: one SparkSession for the whole suite (surefire runs one JVM), and
 * helpers to write small frames and expected rows as text.
 *
 * <p>Frames are written as a header of column names and rows of values separated by {@code |};
 * an empty value is null. Values are cast from text to the column's type, so dates read
 * {@code 2024-04-01} and money {@code 12.34}. Comparisons go through spark-testing-base.
 */
public abstract class SparkTest {
  protected static final SparkSession spark = SharedSpark.SESSION;
  private static final JavaDataFrameSuiteBase frames = new JavaDataFrameSuiteBase();

  private static final class SharedSpark {
    static final SparkSession SESSION = SparkSessions.forTests();
  }

  /**
   * After each test class: what it cached, and Delta's cached logs of the lakes it made, are let go,
   * so the shared session does not carry them through the rest of the suite.
   */
  @AfterAll
  static void releaseCaches() {
    spark.catalog().clearCache();
    org.apache.spark.sql.delta.DeltaLog.clearCache();
  }

  /** A frame of a conformed table, from the listed columns; the rest are null. */
  protected static Dataset<Row> conformed(String table, String header, String... rows) {
    StructType schema = ConformedTables.schema(spark, table);
    Dataset<Row> given = text(header, rows);
    List<Column> cols = new ArrayList<>();
    List<String> named = Arrays.asList(given.columns());
    for (StructField f : schema.fields()) {
      Column c = named.contains(f.name()) ? parse(col(f.name()), f) : org.apache.spark.sql.functions.lit(null);
      cols.add(c.cast(f.dataType()).as(f.name()));
    }
    return given.select(cols.toArray(Column[]::new));
  }

  /** A frame of text columns. */
  protected static Dataset<Row> text(String header, String... rows) {
    String[] names = header.split("\\|", -1);
    StructType schema = new StructType();
    for (String n : names) {
      schema = schema.add(n.trim(), DataTypes.StringType, true);
    }
    List<Row> data = new ArrayList<>();
    for (String r : rows) {
      String[] v = r.split("\\|", -1);
      if (v.length != names.length) {
        throw new IllegalArgumentException("row '" + r + "' does not match header '" + header + "'");
      }
      Object[] values = new Object[v.length];
      for (int i = 0; i < v.length; i++) {
        values[i] = v[i].isEmpty() ? null : v[i];
      }
      data.add(RowFactory.create(values));
    }
    return spark.createDataFrame(data, schema);
  }

  /**
   * Asserts that {@code actual}, restricted to the header's columns, holds exactly the expected
   * rows in any order. Expected values are cast to the actual column types.
   */
  protected static void assertRows(Dataset<Row> actual, String header, String... expectedRows) {
    String[] names = header.split("\\|", -1);
    Dataset<Row> got = actual.select(Arrays.stream(names).map(String::trim).map(n -> col(n)).toArray(Column[]::new));
    Dataset<Row> expected = text(header, expectedRows);
    List<Column> typed = new ArrayList<>();
    for (StructField f : got.schema().fields()) {
      typed.add(parse(col(f.name()), f).cast(f.dataType()).as(f.name()));
    }
    expected = expected.select(typed.toArray(Column[]::new));
    assertEquals(expectedRows.length, got.count(), () -> "row count; actual rows:\n" + show(got));
    try {
      frames.assertDataFrameDataEquals(expected, got);
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("rows differ.\nexpected:\n" + show(expected) + "actual:\n" + show(got), e);
    }
  }

  /** Text of the form {@code a,b} is read as an array where the column is an array. */
  private static Column parse(Column c, StructField f) {
    if (f.dataType() instanceof org.apache.spark.sql.types.ArrayType) {
      return org.apache.spark.sql.functions.when(c.isNull(), org.apache.spark.sql.functions.array())
          .otherwise(org.apache.spark.sql.functions.split(c, ","));
    }
    return c;
  }

  protected static String show(Dataset<Row> df) {
    StringBuilder sb = new StringBuilder();
    for (Row r : df.collectAsList()) {
      sb.append("  ").append(r.mkString("|")).append('\n');
    }
    return sb.toString();
  }
}
