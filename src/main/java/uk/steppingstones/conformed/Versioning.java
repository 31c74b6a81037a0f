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

  /** SQL condition: source row {@code s} is a newer version than target row {@code t}. */
  public static String newerThan(String s, String t) {
    String lm = "last_modified", fr = Lineage.FILE_RANK, ln = Lineage.SOURCE_LINE;
    return String.format(
        "%1$s.%3$s > %2$s.%3$s OR (%1$s.%3$s = %2$s.%3$s AND (%1$s.%4$s > %2$s.%4$s"
            + " OR (%1$s.%4$s = %2$s.%4$s AND %1$s.%5$s > %2$s.%5$s)))",
        s, t, lm, fr, ln);
  }
}
