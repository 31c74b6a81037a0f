package uk.steppingstones.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.nightly.NightlyJob;
import uk.steppingstones.nightly.NightlyOptions;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * Figures as published: three real nights (the second changes a gold figure, the third has nothing
 * new and keeps the report), then the first night's figures read back with --as-published (by
 * as-of date and by run id) and its Power BI export written again.
 */
class AsPublishedTest extends SparkTest {
  @TempDir Path tmp;

  /** A small gold table: each involvement, whether it is open, and the as-of date. */
  static final ReportTable INVOLVEMENTS = new ReportTable() {
    public String name() {
      return "test_open_involvements";
    }

    public Dataset<Row> build(ReportInputs in) {
      return in.table("ss_involvement").select(col("involvement_id"), col("end_date").isNull().as("open"),
          lit(java.sql.Date.valueOf(in.asOf())).as("as_of"));
    }

    public uk.steppingstones.common.TableDoc doc() {
      return uk.steppingstones.common.TableDoc.of("involvement", "A test table: each involvement and whether it is open.",
          uk.steppingstones.common.ColumnDoc.key("involvement_id", "The involvement."),
          uk.steppingstones.common.ColumnDoc.value("open", "Whether it is open."),
          uk.steppingstones.common.ColumnDoc.value("as_of", "The as-of date."));
    }
  };

  @Test
  void theFirstNightsFiguresComeBackAsPublished() throws IOException {
    Path landing = Files.createDirectories(tmp.resolve("landing"));
    String lake = tmp.resolve("lake").toString();
    Path export = tmp.resolve("export");
    Files.writeString(landing.resolve("ss_involvement_20250301.csv"),
        "InvolvementID,PersonID,StartDate,EndDate,LastModified\nI1,P1,2024-04-01,,2025-03-01\n");
    RunRecord first = night(landing, lake, export);
    Path firstExport = Files.copy(export.resolve("test_open_involvements.parquet"), tmp.resolve("first.parquet"));

    // The second night closes I1 and opens I2: the gold table changes.
    Files.writeString(landing.resolve("ss_involvement_20250302.csv"),
        "InvolvementID,PersonID,StartDate,EndDate,LastModified\nI1,P1,2024-04-01,2024-09-30,2025-03-02\n"
            + "I2,P2,2024-10-01,,2025-03-02\n");
    RunRecord second = night(landing, lake, export);
    // The third has nothing new: the report is kept, and the run still records the gold version it left.
    RunRecord third = night(landing, lake, export);

    for (RunRecord r : List.of(first, second, third)) {
      assertEquals(RunRecord.SUCCEEDED, r.status());
      assertTrue(r.tableVersions().getOrDefault("test_open_involvements", -1L) >= 0, r.tableVersions().toString());
    }
    long v1 = first.tableVersions().get("test_open_involvements");
    long v2 = second.tableVersions().get("test_open_involvements");
    assertTrue(v2 > v1);
    assertEquals(v2, third.tableVersions().get("test_open_involvements"), "a kept report is the same version");
    assertEquals(second.asOf(), third.asOf());
    // What the run record holds on disk, not just what the job returned.
    assertEquals(v2, spark.read().format("delta").load(lake + "/ops/run_record")
        .filter(col("run_id").equalTo(third.runId())).select(col("table_versions").getItem("test_open_involvements"))
        .first().getLong(0));

    // Delta's default keeps a table's log 30 days; older nights could then no longer be read back.
    assertEquals("interval 3650 days", org.apache.spark.sql.delta.DeltaLog.forTable(spark, lake + "/report/test_open_involvements")
        .update(false, scala.Option.empty(), scala.Option.empty()).metadata().configuration()
        .get("delta.logRetentionDuration").get());

    String firstNight = "involvement_id,open,as_of\r\nI1,true,2025-03-01\r\n";
    String secondNight = "involvement_id,open,as_of\r\nI1,false,2025-03-02\r\nI2,true,2025-03-02\r\n";
    String query = "select * from test_open_involvements order by involvement_id";
    assertEquals(secondNight, sql(lake, "--csv", "-e", query).out(), "today's figures");
    Result byDate = sql(lake, "--as-published", "2025-03-01", "--csv", "-e", query);
    assertEquals(firstNight, byDate.out());
    assertTrue(byDate.err().startsWith("figures as published by run " + first.runId() + " (as of 2025-03-01,"),
        byDate.err());
    assertEquals(firstNight, sql(lake, "--as-published", first.runId(), "--csv", "-e", query).out());
    // The latest successful run of 2025-03-02 is the third, which kept the second's figures.
    Result kept = sql(lake, "--as-published", "2025-03-02", "--csv", "-e", query);
    assertEquals(secondNight, kept.out());
    assertTrue(kept.err().startsWith("figures as published by run " + third.runId()), kept.err());
    // Conformed tables are read at that night's versions too.
    assertEquals("n\r\n1\r\n", sql(lake, "--as-published", "2025-03-01", "--csv", "-e",
        "select count(*) as n from conformed.ss_involvement").out());

    // The first night's Power BI export, written again.
    Path out = tmp.resolve("export-2025-03-01");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = PublishedExport.run(spark, new ExportOptions(lake, "2025-03-01", out.toString(), false),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(SqlCommand.OK, exit, err.toString(StandardCharsets.UTF_8));
    try (var files = Files.list(out)) {
      assertEquals(List.of("test_open_involvements.parquet", "test_open_involvements_detail.parquet"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "one file per gold table, nothing left over");
    }
    Dataset<Row> rewritten = spark.read().parquet(out.resolve("test_open_involvements.parquet").toString());
    Dataset<Row> original = spark.read().parquet(firstExport.toString());
    assertEquals(original.schema(), rewritten.schema());
    assertRows(rewritten, "involvement_id|open|as_of", "I1|true|2025-03-01");
    assertEquals(show(original), show(rewritten));

    ByteArrayOutputStream neverRan = new ByteArrayOutputStream();
    assertEquals(SqlCommand.BAD_INPUT, PublishedExport.run(spark,
        new ExportOptions(lake, "2025-02-28", tmp.resolve("x").toString(), false),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(neverRan, true, StandardCharsets.UTF_8)));
    assertEquals("--as-published 2025-02-28: no successful night had as-of date 2025-02-28;"
        + " nights that did: 2025-03-02, 2025-03-01\n", neverRan.toString(StandardCharsets.UTF_8));
  }

  private RunRecord night(Path landing, String lake, Path export) {
    RunRecord r = new NightlyJob(spark, new NightlyOptions(landing.toString(), lake, export.toString(),
        Optional.empty(), "test-key"), List.of(INVOLVEMENTS)).run();
    assertEquals(NightlyJob.DONE, r.exitCode(), r.message());
    return r;
  }

  record Result(String out, String err) {}

  private static Result sql(String lake, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lake";
    all[1] = lake;
    System.arraycopy(args, 0, all, 2, args.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    SqlOptions options = SqlOptions.parse(all);
    int exit = SqlCommand.run(spark, options, SqlCommand.read(options.sources()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(SqlCommand.OK, exit, () -> err.toString(StandardCharsets.UTF_8));
    return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
