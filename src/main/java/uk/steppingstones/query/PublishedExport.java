package uk.steppingstones.query;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.export.PowerBiExport;

/**
 * {@code jobs/export.sh --lake DIR --as-published NIGHT --out DIR}: writes the Power BI export a
 * night published again, one Parquet file per gold table that night had, each read at the Delta
 * version that night left and written by {@link PowerBiExport} exactly as the night wrote it.
 * Exit status as {@link SqlCommand}: 0 written, 1 failed (files written so far are put back), 2 bad input.
 */
public final class PublishedExport {
  private PublishedExport() {}

  public static void main(String[] args) {
    ExportOptions options;
    try {
      options = ExportOptions.parse(args);
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      System.exit(SqlCommand.BAD_INPUT);
      return;
    }
    if (options.help()) {
      System.out.println(ExportOptions.USAGE);
      System.exit(SqlCommand.OK);
      return;
    }
    SparkSession spark = SqlCommand.quietSession("stepping-stones-export");
    int exit;
    try {
      exit = run(spark, options, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  static int run(SparkSession spark, ExportOptions options, PrintStream out, PrintStream err) {
    PublishedNight night;
    LakeFolders lake = new LakeFolders(options.lake(), spark.sparkContext().hadoopConfiguration());
    try {
      lake.notALake().ifPresent(problem -> {
        throw new BadInput(problem);
      });
      night = PublishedNight.find(spark, lake, options.asPublished());
    } catch (BadInput e) {
      err.println(e.getMessage());
      return SqlCommand.BAD_INPUT;
    }
    Map<String, Long> gold = night.goldVersions(lake);
    if (gold.isEmpty()) {
      err.println(night.describe() + " published no gold tables: nothing to export");
      return SqlCommand.BAD_INPUT;
    }
    err.println("export as published by " + night.describe() + " -> " + options.out());
    PowerBiExport export = null;
    try {
      export = new PowerBiExport(spark, options.out(), "as-published-" + night.runId());
      for (Map.Entry<String, Long> t : gold.entrySet()) {
        Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", t.getValue())
            .load(lake.tablePath(LakeFolders.REPORT, t.getKey()));
        export.write(t.getKey(), rows);
        out.printf("%-32s version %-5d %s%n", t.getKey(), t.getValue(), export.file(t.getKey()));
      }
      export.commit();
      return SqlCommand.OK;
    } catch (IOException | RuntimeException e) {
      if (export != null) {
        export.rollback();
      }
      err.println("error: " + ErrorMessages.oneLine(e));
      return SqlCommand.STATEMENT_FAILED;
    }
  }
}
