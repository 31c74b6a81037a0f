package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
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
 * each record moves on by one line plus the line breaks inside the previous record's quoted values,
 * plus the blank lines before it (Spark skips them), as {@link RecordLayout} found them before the
 * read. Each blank line is a record of its own here, with the wrong number of fields, so it is
 * quarantined and every line of the file is accounted for.
 */
public final class LandingReader {
  public static final String CORRUPT = "_corrupt_record";
  /** Spark's own default; a file with a wider record gets room for it ({@link RecordLayout}). */
  private static final int SPARK_MAX_COLUMNS = 20480;

  /** How every landing file is read: by Spark here, and by {@link RecordLayout} before. */
  public static final Map<String, String> CSV_OPTIONS = Map.ofEntries(
      Map.entry("header", "false"),
      Map.entry("multiLine", "true"),
      Map.entry("encoding", "UTF-8"),
      Map.entry("quote", "\""),
      Map.entry("escape", "\""),
      Map.entry("mode", "PERMISSIVE"),
      Map.entry("columnNameOfCorruptRecord", CORRUPT),
      Map.entry("ignoreLeadingWhiteSpace", "false"),
      Map.entry("ignoreTrailingWhiteSpace", "false"));

  private LandingReader() {}

  public static Dataset<Row> read(SparkSession spark, LandingFile file, HeaderMapping header, RecordLayout layout,
      long fileRank, String checksum) {
    StructType schema = new StructType();
    for (int i = 0; i < header.width(); i++) {
      schema = schema.add("_c" + i, DataTypes.StringType, true);
    }
    schema = schema.add(CORRUPT, DataTypes.StringType, true);
    Dataset<Row> cells =
        spark.read()
            .format("csv")
            .schema(schema)
            .options(CSV_OPTIONS)
            .option("maxColumns", Math.max(SPARK_MAX_COLUMNS, layout.widestRecord() + 1))
            .load(file.path())
            .withColumn("record_index", monotonically_increasing_id());
    Column startLine = col("record_index").plus(1).plus(linesSkippedUpTo(col("record_index"), layout));

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

    Dataset<Row> records = cells
        .withColumn("source_line", startLine)
        .filter(col("record_index").gt(0))
        .select(
            struct(fields.toArray(Column[]::new)).as("record"),
            extraMap.as("extra_columns"),
            col(CORRUPT).isNotNull().as("malformed"),
            lit(file.name()).as(Lineage.SOURCE_FILE),
            col("source_line"),
            lit(fileRank).as(Lineage.FILE_RANK),
            lit(checksum).as("source_checksum"));
    if (layout.blankLines().isEmpty()) {
      return records;
    }
    List<Column> noValues = new ArrayList<>();
    for (ContractColumn c : file.dataset().columns()) {
      noValues.add(lit(null).cast("string").as(c.header()));
    }
    Dataset<Row> blank = spark.createDataset(layout.blankLines(), Encoders.LONG()).toDF("source_line").select(
        struct(noValues.toArray(Column[]::new)).as("record"),
        map().cast("map<string,string>").as("extra_columns"),
        lit(true).as("malformed"),
        lit(file.name()).as(Lineage.SOURCE_FILE),
        col("source_line"),
        lit(fileRank).as(Lineage.FILE_RANK),
        lit(checksum).as("source_checksum"));
    return records.unionByName(blank);
  }

  /**
   * The lines skipped before record {@code index} and every record before it ({@link
   * RecordLayout#linesSkipped}): none for a file of one line per record, else looked up in the
   * layout's few records that start late (a lookup, not a window over the file: that would sort it).
   */
  private static Column linesSkippedUpTo(Column index, RecordLayout layout) {
    if (layout.linesSkipped().isEmpty()) {
      return lit(0L);
    }
    long[] from = layout.linesSkipped().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    long[] total = new long[from.length];
    long sum = 0;
    for (int i = 0; i < from.length; i++) {
      sum += layout.linesSkipped().get(from[i]);
      total[i] = sum;
    }
    UserDefinedFunction upTo = udf((UDF1<Long, Long>) i -> {
      int at = Arrays.binarySearch(from, i);
      int last = at >= 0 ? at : -at - 2;
      return last < 0 ? 0L : total[last];
    }, DataTypes.LongType);
    return upTo.apply(index);
  }
}
