package uk.steppingstones.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.execution.datasources.parquet.ParquetToSparkSchemaConverter;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code <export>/_manifest.json}: what the export folder holds, for whoever reads it. It names the
 * run that wrote it and the as-of date of the report, and describes every table file in the
 * folder: its rows and its columns with their type and description.
 *
 * <pre>
 * {
 *   "manifest_version" : 1,
 *   "run_id" : "20250401T020000Z-1a2b3c4d",
 *   "as_of_date" : "2025-03-31",
 *   "written_at" : "2025-04-01T02:03:04.567Z",
 *   "tables" : [ {
 *     "table" : "age_at_start",
 *     "file" : "age_at_start.parquet",
 *     "rows" : 52,
 *     "columns" : [ { "name" : "financial_year", "type" : "string", "description" : "..." }, ... ]
 *   }, ... ]
 * }
 * </pre>
 *
 * Types are those of {@link PowerBiType}; a description is the column's comment in the gold
 * table, null where it has none.
 */
public record ExportManifest(String runId, LocalDate asOfDate, Instant writtenAt, List<Table> tables) {
  public static final String FILE_NAME = "_manifest.json";
  /** Raised when a reader of an older manifest could misread a newer one. */
  public static final int VERSION = 1;
  /** Where Spark keeps a file's own schema (names, types, comments) in the Parquet footer. */
  private static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One export file. */
  public record Table(String table, String file, long rows, List<Column> columns) {
    /** The entry of a file holding {@code rows} rows of {@code schema}. */
    public static Table of(String table, long rows, StructType schema) {
      List<Column> columns = new ArrayList<>();
      for (StructField f : schema.fields()) {
        columns.add(new Column(f.name(), typeName(f.dataType()), f.getComment().isDefined() ? f.getComment().get() : null));
      }
      return new Table(table, table + ".parquet", rows, List.copyOf(columns));
    }
  }

  /** One column of an export file. */
  public record Column(String name, String type, String description) {}

  /**
   * The entry of an export file from its Parquet footer alone: the row count, and the schema
   * Spark keeps there (with the column comments). For a file the run did not write itself.
   */
  public static Table describe(Path file, Configuration conf) throws IOException {
    String name = file.getFileName().toString();
    String table = name.substring(0, name.length() - ".parquet".length());
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
      String sparkSchema = reader.getFooter().getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY);
      StructType schema = sparkSchema != null
          ? (StructType) DataType.fromJson(sparkSchema)
          : new ParquetToSparkSchemaConverter(conf).convert(reader.getFooter().getFileMetaData().getSchema());
      return Table.of(table, reader.getRecordCount(), schema);
    }
  }

  /** Rows in a Parquet file, from its footer: no Spark job. */
  static long rows(Path file, Configuration conf) throws IOException {
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(file.toUri()), conf))) {
      return reader.getRecordCount();
    }
  }

  /** The manifest type of a column: its {@link PowerBiType}, else Spark's name for a type no export writes. */
  static String typeName(DataType type) {
    return PowerBiType.of(type).map(PowerBiType::manifestName).orElse(type.simpleString());
  }

  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("manifest_version", VERSION);
    root.put("run_id", runId);
    root.put("as_of_date", asOfDate == null ? null : asOfDate.toString());
    root.put("written_at", writtenAt.toString());
    ArrayNode files = root.putArray("tables");
    for (Table t : tables) {
      ObjectNode entry = files.addObject();
      entry.put("table", t.table());
      entry.put("file", t.file());
      entry.put("rows", t.rows());
      ArrayNode columns = entry.putArray("columns");
      for (Column c : t.columns()) {
        // description stays in the file as null, so every column has the same three keys.
        columns.addObject().put("name", c.name()).put("type", c.type()).put("description", c.description());
      }
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ExportManifest parse(byte[] json) throws IOException {
    JsonNode root = JSON.readTree(json);
    int version = root.path("manifest_version").asInt(-1);
    if (version != VERSION) {
      throw new IOException("manifest version " + version + ", expected " + VERSION);
    }
    List<Table> tables = new ArrayList<>();
    for (JsonNode t : root.path("tables")) {
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : t.path("columns")) {
        columns.add(new Column(c.path("name").asText(), c.path("type").asText(), text(c.get("description"))));
      }
      tables.add(new Table(t.path("table").asText(), t.path("file").asText(), t.path("rows").asLong(), List.copyOf(columns)));
    }
    String asOf = text(root.get("as_of_date"));
    return new ExportManifest(text(root.get("run_id")), asOf == null ? null : LocalDate.parse(asOf),
        Instant.parse(root.path("written_at").asText()), List.copyOf(tables));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
