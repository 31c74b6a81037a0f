package uk.steppingstones.conformed;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.landing.Lineage;

/**
 * Which version of a record wins: the newest LastModified; on a tie the later file; within one
 * file the later line. The same order decides within a night's rows and against the conformed
 * table, so the result does not depend on how extracts were grouped into nights.
 */
public final class Versioning {
  private Versioning() {}

  /** The winning row per key among {@code rows}; the others are superseded. */
  public static Dataset<Row> latestPerKey(Dataset<Row> rows, List<String> key) {
    var newestFirst =
        Window.partitionBy(key.stream().map(k -> col(k)).toArray(Column[]::new))
            .orderBy(
                col("last_modified").desc(),
                col(Lineage.FILE_RANK).desc(),
                col(Lineage.SOURCE_LINE).desc());
    return rows.withColumn("version_rank", row_number().over(newestFirst))
        .filter(col("version_rank").equalTo(1))
        .drop("version_rank");
  }

  /**
   * The table once a night's winning versions ({@link #latestPerKey}) are applied, as a MERGE on
   * the key would leave it: a key's row is the night's where the table has none or the night's is
   * newer ({@link #newerThan}), else the table's. A null key equals nothing, so such rows are kept
   * from both sides, as MERGE's condition keeps them. The columns are the night's (a column the
   * table lacks is null in its rows).
   */
  public static Dataset<Row> applyNewer(Dataset<Row> table, Dataset<Row> winners, List<String> key) {
    String inTable = "in_table", inNight = "in_night";
    Dataset<Row> t = table.withColumn(inTable, lit(true)).as("t");
    Dataset<Row> s = winners.withColumn(inNight, lit(true)).as("s");
    Column sameKey = key.stream().map(k -> col("t." + k).equalTo(col("s." + k))).reduce(Column::and).orElseThrow();
    Column night = col("s." + inNight).isNotNull()
        .and(col("t." + inTable).isNull().or(expr(newerThan("s", "t"))));
    List<String> tableColumns = List.of(table.columns());
    List<Column> columns = new java.util.ArrayList<>();
    for (var f : winners.schema().fields()) {
      Column held = tableColumns.contains(f.name()) ? col("t." + f.name()).cast(f.dataType()) : lit(null).cast(f.dataType());
      columns.add(when(night, col("s." + f.name())).otherwise(held).as(f.name()));
    }
    return t.join(s, sameKey, "full_outer").select(columns.toArray(Column[]::new));
  }

  /** SQL condition: source row {@code s} is a newer version than target row {@code t}. */
  public static String newerThan(String s, String t) {
    String lm = "last_modified", fr = Lineage.FILE_RANK, ln = Lineage.SOURCE_LINE;
    return String.format(
        "%1$s.%3$s > %2$s.%3$s OR (%1$s.%3$s = %2$s.%3$s AND (%1$s.%4$s > %2$s.%4$s"
            + " OR (%1$s.%4$s = %2$s.%4$s AND %1$s.%5$s > %2$s.%5$s)))",
        s, t, lm, fr, ln);
  }
}
