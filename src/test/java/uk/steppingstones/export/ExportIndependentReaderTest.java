package uk.steppingstones.export;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SampleLake;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.Lake;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportStage;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/**
 * The export as a reader other than Spark sees it. The night over the committed sample ({@link SampleLake}) builds
 * every registered gold table; DuckDB then reads each export file and the manifest, and both are
 * checked against the Delta table: rows, column names and types, the values themselves (counts,
 * sums, extremes per column), and the Parquet layout Power BI needs (snappy, no INT96, flat).
 */
class ExportIndependentReaderTest extends SparkTest {
  /** How DuckDB types each Spark type the export may hold. */
  private static final Map<DataType, String> DUCKDB_TYPE = Map.of(
      DataTypes.DateType, "DATE",
      DataTypes.createDecimalType(18, 2), "DECIMAL(18,2)",
      DataTypes.LongType, "BIGINT",
      DataTypes.DoubleType, "DOUBLE",
      DataTypes.StringType, "VARCHAR",
      DataTypes.BooleanType, "BOOLEAN",
      DataTypes.TimestampType, "TIMESTAMP WITH TIME ZONE");
  /** How DuckDB types each manifest type. */
  private static final Map<String, String> DUCKDB_TYPE_OF_MANIFEST = Map.of(
      "date", "DATE", "decimal(18,2)", "DECIMAL(18,2)", "int64", "BIGINT", "double", "DOUBLE",
      "string", "VARCHAR", "boolean", "BOOLEAN", "timestamp", "TIMESTAMP WITH TIME ZONE");
  private static final String MANIFEST_COLUMNS = "columns = {manifest_version: 'INTEGER', run_id: 'VARCHAR', "
      + "as_of_date: 'DATE', written_at: 'TIMESTAMPTZ', tables: 'STRUCT(\"table\" VARCHAR, file VARCHAR, "
      + "\"rows\" BIGINT, columns STRUCT(name VARCHAR, type VARCHAR, description VARCHAR)[])[]'}";

  private static Path export;
  private static Lake lake;
  private static RunRecord night;
  private static Connection duck;

  @BeforeAll
  static void theSampleNight() throws SQLException {
    export = SampleLake.get().export();
    lake = new Lake(spark, SampleLake.lake().toString());
    night = SampleLake.get().night();
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    if (duck != null) {
      duck.close();
    }
  }

  @Test
  void everyGoldTableReadsBackWithItsRowsColumnsTypesAndValues() throws SQLException {
    for (String t : ReportStage.tableNames(ReportTables.ALL)) {
      String file = literal(export.resolve(t + ".parquet"));
      Dataset<Row> delta = lake.read(lake.report(t));
      long rows = delta.count();
      // Every report table has rows on the sample, so its values are checked too; detail tables
      // may be empty (those of the data-quality tables are).
      assertTrue(rows > 0 || t.endsWith(Detail.SUFFIX), t + ": the sample should give every table rows");
      assertEquals(rows, single("select count(*) from read_parquet(" + file + ")"), t + " rows");

      Map<String, String> expected = new LinkedHashMap<>();
      for (StructField f : delta.schema().fields()) {
        expected.put(f.name(), DUCKDB_TYPE.getOrDefault(f.dataType(), "not exportable: " + f.dataType()));
      }
      Map<String, String> read = new LinkedHashMap<>();
      for (List<Object> c : query("describe select * from read_parquet(" + file + ")")) {
        read.put((String) c.get(0), (String) c.get(1));
      }
      assertEquals(expected, read, t + " columns and types, in order");

      assertEquals(sparkValues(delta), duckValues(file, delta.schema()), t + " values");
    }
  }

  @Test
  void everyFileIsSnappyFlatAndFreeOfInt96() throws SQLException {
    for (ReportTable t : ReportTables.ALL) {
      String file = literal(export.resolve(t.name() + ".parquet"));
      for (List<Object> c : query("select name, type, num_children from parquet_schema(" + file + ")")) {
        assertNotEquals("INT96", c.get(1), t.name() + "." + c.get(0));
        if (!"spark_schema".equals(c.get(0))) {
          assertTrue(c.get(2) == null || ((Number) c.get(2)).longValue() == 0, t.name() + "." + c.get(0) + " is nested");
        }
      }
      List<List<Object>> codecs = query("select distinct compression from parquet_metadata(" + file + ")");
      assertEquals(List.of(List.of("SNAPPY")), codecs, t.name() + " compression");
    }
  }

  @Test
  void theManifestNamesTheNightAndDescribesEveryFileAsTheDeltaTableHasIt() throws SQLException, IOException {
    String manifest = "read_json(" + literal(export.resolve("_manifest.json")) + ", " + MANIFEST_COLUMNS + ")";
    List<Object> head = query("select manifest_version, run_id, cast(as_of_date as varchar), epoch_ms(written_at) from "
        + manifest).get(0);
    assertEquals(1, ((Number) head.get(0)).intValue());
    assertEquals(night.runId(), head.get(1));
    assertEquals(night.asOf().toString(), head.get(2));
    long writtenAt = ((Number) head.get(3)).longValue();
    assertTrue(writtenAt >= night.startedAt().getTime() && writtenAt <= night.endedAt().getTime(),
        "written during the night");

    Map<String, Long> rows = new TreeMap<>();
    Map<String, List<List<Object>>> columns = new TreeMap<>();
    for (List<Object> c : query("select tbl, file, n, i, c.name, c.type, c.description from ("
        + "select t.\"table\" as tbl, t.file as file, t.\"rows\" as n, generate_subscripts(t.columns, 1) as i, "
        + "unnest(t.columns) as c from (select unnest(tables) as t from " + manifest + ")) order by tbl, i")) {
      String table = (String) c.get(0);
      assertEquals(table + ".parquet", c.get(1));
      rows.put(table, ((Number) c.get(2)).longValue());
      columns.computeIfAbsent(table, k -> new ArrayList<>()).add(List.of(c.get(4), c.get(5), Optional.ofNullable(c.get(6))));
    }
    try (var files = Files.list(export)) {
      assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet"))
              .map(n -> n.substring(0, n.length() - ".parquet".length())).sorted().toList(),
          List.copyOf(rows.keySet()), "the manifest describes every file in the folder and no other");
    }
    for (ReportTable t : ReportTables.ALL) {
      String file = literal(export.resolve(t.name() + ".parquet"));
      assertEquals(single("select count(*) from read_parquet(" + file + ")"), rows.get(t.name()), t.name() + " rows");
      Map<String, String> readTypes = new LinkedHashMap<>();
      for (List<Object> c : query("describe select * from read_parquet(" + file + ")")) {
        readTypes.put((String) c.get(0), (String) c.get(1));
      }
      List<List<Object>> expected = new ArrayList<>();
      Map<String, String> manifestTypes = new LinkedHashMap<>();
      StructType schema = lake.read(lake.report(t.name())).schema();
      for (StructField f : schema.fields()) {
        // The Delta table's column comment: null until the table is described, then the description.
        String comment = f.getComment().isDefined() ? f.getComment().get() : null;
        expected.add(List.of(f.name(), ExportManifest.typeName(f.dataType()), Optional.ofNullable(comment)));
      }
      assertEquals(expected, columns.get(t.name()), t.name() + " columns, types and descriptions");
      columns.get(t.name()).forEach(c -> manifestTypes.put((String) c.get(0), DUCKDB_TYPE_OF_MANIFEST.get((String) c.get(1))));
      assertEquals(readTypes, manifestTypes, t.name() + ": the manifest's types are the types the file holds");
    }
  }

  /** Per column: values present, and their sum (numbers), extremes (dates, text, instants) or trues. */
  private static List<String> sparkValues(Dataset<Row> delta) {
    List<org.apache.spark.sql.Column> aggs = new ArrayList<>();
    for (StructField f : delta.schema().fields()) {
      String c = "`" + f.name() + "`";
      aggs.add(functions.expr("count(" + c + ")"));
      aggs.addAll(perType(f.dataType(), c, "unix_micros").stream().map(functions::expr).toList());
    }
    Row r = delta.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(org.apache.spark.sql.Column[]::new)).first();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      values.add(normalise(r.get(i)));
    }
    return values;
  }

  private static List<String> duckValues(String file, StructType schema) throws SQLException {
    List<String> aggs = new ArrayList<>();
    for (StructField f : schema.fields()) {
      String c = "\"" + f.name() + "\"";
      aggs.add("count(" + c + ")");
      aggs.addAll(perType(f.dataType(), c, "epoch_us"));
    }
    List<Object> r = query("select " + String.join(", ", aggs) + " from read_parquet(" + file + ")").get(0);
    return r.stream().map(ExportIndependentReaderTest::normalise).toList();
  }

  /** The same aggregates in either SQL dialect; only the name of "instant as microseconds" differs. */
  private static List<String> perType(DataType type, String c, String micros) {
    if (type.equals(DataTypes.LongType) || type.equals(DataTypes.DoubleType) || type instanceof org.apache.spark.sql.types.DecimalType) {
      return List.of("sum(" + c + ")");
    }
    if (type.equals(DataTypes.BooleanType)) {
      return List.of("count_if(" + c + ")");
    }
    if (type.equals(DataTypes.TimestampType)) {
      return List.of(micros + "(min(" + c + "))", micros + "(max(" + c + "))");
    }
    return List.of("min(" + c + ")", "max(" + c + ")");
  }

  /** Values of either engine as comparable text: numbers by value (doubles to 6 dp), dates ISO. */
  private static String normalise(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      return BigDecimal.valueOf(((Number) v).doubleValue()).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
    if (v instanceof Number) {
      return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  private static long single(String sql) throws SQLException {
    return ((Number) query(sql).get(0).get(0)).longValue();
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String literal(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }
}
