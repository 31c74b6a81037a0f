package uk.steppingstones.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.SparkSessions;

/**
 * For analysts and support: runs Spark SQL against a lake, with every table registered as a view
 * named after its layer and table ({@code report.claim_savings} reads as {@code claim_savings};
 * others as {@code conformed_ss_involvement}, {@code raw_person}, {@code ops_run_record}).
 *
 * <pre>jobs/query.sh --lake DIR "select * from monthly_savings where financial_year = '2024-25'"</pre>
 */
public final class LakeQuery {
  private LakeQuery() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !args[0].equals("--lake")) {
      System.err.println("usage: query.sh --lake DIR \"SQL\" [\"SQL\" ...]");
      System.exit(1);
    }
    SparkSession spark = SparkSessions.forJob("stepping-stones-query");
    registerViews(spark, args[1]);
    for (int i = 2; i < args.length; i++) {
      String sql = args[i].strip();
      Path file = Path.of(sql);
      if (sql.endsWith(".sql") && Files.exists(file)) {
        sql = Files.readString(file);
      }
      for (String statement : sql.split(";")) {
        if (!statement.isBlank()) {
          spark.sql(statement).show(1000, false);
        }
      }
    }
    spark.stop();
  }

  /** Registers a temporary view for every Delta table under the lake. */
  public static void registerViews(SparkSession spark, String lake) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(lake);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (String layer : new String[] {"raw", "conformed", "report", "ops"}) {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(root, layer);
      if (!fs.exists(dir)) {
        continue;
      }
      for (FileStatus t : fs.listStatus(dir)) {
        if (fs.exists(new org.apache.hadoop.fs.Path(t.getPath(), "_delta_log"))) {
          String view = layer.equals("report") ? t.getPath().getName() : layer + "_" + t.getPath().getName();
          spark.read().format("delta").load(t.getPath().toString()).createOrReplaceTempView(view);
        }
      }
    }
  }
}
