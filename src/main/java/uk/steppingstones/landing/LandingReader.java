package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads one landing file with Spark's CSV reader (RFC 4180: multi-line quoted fields, doubled
 * quotes, LF or CRLF) into a frame of text: a {@code record} struct holding the contract columns
 * by their contract header names, {@code extra_columns} (kept for the raw layer), and where each
 * record came from. Personal columns are never selected, so they go no further than this read.
 *
 * <p>A multi-line file is read as one partition, in order, so the record index is the order in
 * the file. A record's line number is the physical line it starts on: the header is line 1, and
 * each record moves on by one line plus the line breaks inside its quoted values.
 */
public final class LandingReader {
  public static final String CORRUPT = "_corrupt_record";

  private LandingReader() {}

  public static Dataset<Row> read(
      SparkSession spark, LandingFile file, HeaderMapping header, long fileRank, String checksum) {
    StructType schema = new StructType();
    for (int i = 0; i < header.width(); i++) {
      schema = schema.add("_c" + i, DataTypes.StringType, true);
    }
    schema = schema.add(CORRUPT, DataTypes.StringType, true);
    Dataset<Row> cells =
        spark.read()
            .format("csv")
            .schema(schema)
            .option("header", "false")
            .option("multiLine", "true")
            .option("encoding", "UTF-8")
            .option("quote", "\"")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .option("ignoreLeadingWhiteSpace", "false")
            .option("ignoreTrailingWhiteSpace", "false")
            .load(file.path())
            .withColumn("record_index", monotonically_increasing_id());

    Column breaks = lit(0);
    for (int i = 0; i < header.width(); i++) {
      breaks = breaks.plus(lineBreaks(col("_c" + i)));
    }
    breaks = when(col(CORRUPT).isNotNull(), lineBreaks(col(CORRUPT))).otherwise(breaks);
    var inFileOrder = Window.partitionBy(lit(file.name())).orderBy("record_index").rowsBetween(Window.unboundedPreceding(), -1);
    Column startLine = lit(1).plus(coalesce(sum(breaks.plus(1)).over(inFileOrder), lit(0)));

    List<Column> fields = new ArrayList<>();
    for (ContractColumn c : file.dataset().columns()) {
      Integer at = header.positions().get(c.header());
      fields.add((at == null ? lit(null).cast("string") : col("_c" + at)).as(c.header()));
    }
    List<Column> extras = new ArrayList<>();
    header.extras().forEach((name, at) -> {
      extras.add(lit(name));
      extras.add(col("_c" + at));
    });
    Column extraMap = extras.isEmpty() ? map().cast("map<string,string>") : map(extras.toArray(Column[]::new));

    return cells
        .withColumn("source_line", startLine.cast("long"))
        .filter(col("record_index").gt(0))
        .select(
            struct(fields.toArray(Column[]::new)).as("record"),
            extraMap.as("extra_columns"),
            col(CORRUPT).isNotNull().as("malformed"),
            lit(file.name()).as(Lineage.SOURCE_FILE),
            col("source_line"),
            lit(fileRank).as(Lineage.FILE_RANK),
            lit(checksum).as("source_checksum"));
  }

  private static Column lineBreaks(Column text) {
    return coalesce(length(text).minus(length(regexp_replace(text, "\n", ""))), lit(0));
  }
}
