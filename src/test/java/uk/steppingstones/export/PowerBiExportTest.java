package uk.steppingstones.export;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.MetadataBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/** The export folder: files and manifest swapped in atomically, the manifest last, all put back on failure. */
class PowerBiExportTest extends SparkTest {
  private static final LocalDate A = LocalDate.of(2025, 3, 31);

  @TempDir Path export;

  /** Every type an export may hold; {@code amount} carries a column comment as a gold table's would. */
  private static Dataset<Row> everyType(int rows) {
    return spark.range(rows).selectExpr(
            "cast(id as string) as financial_year",
            "date'2024-04-01' + cast(id as int) as month",
            "cast(id * 100 + 0.25 as decimal(18,2)) as amount",
            "id as children",
            "cast(round(id / 3.0, 2) as double) as pct",
            "id % 2 = 0 as target_met",
            "timestamp'2025-03-31 02:00:00' as run_started_at")
        .withColumn("amount", col("amount").as("amount",
            new MetadataBuilder().putString("comment", "Savings in pounds, carry-over included.").build()));
  }

  private PowerBiExport run(String runId) throws IOException {
    return new PowerBiExport(spark, export.toString(), runId);
  }

  private ExportManifest manifest() throws IOException {
    return ExportManifest.parse(Files.readAllBytes(export.resolve("_manifest.json")));
  }

  @Test
  void manifestNamesTheRunAndDescribesEachFileWithRowsTypesAndComments() throws IOException {
    PowerBiExport e = run("run-1");
    assertEquals(3, e.write("headline_summary", everyType(3)));
    assertEquals(0, e.write("claim_exceptions", everyType(0)));
    e.writeManifest(A);
    e.commit();

    ExportManifest m = manifest();
    assertEquals("run-1", m.runId());
    assertEquals(A, m.asOfDate());
    assertEquals(List.of("claim_exceptions", "headline_summary"), m.tables().stream().map(ExportManifest.Table::table).toList());
    ExportManifest.Table headline = m.tables().get(1);
    assertEquals("headline_summary.parquet", headline.file());
    assertEquals(3, headline.rows());
    assertEquals(List.of(
            new ExportManifest.Column("financial_year", "string", null),
            new ExportManifest.Column("month", "date", null),
            new ExportManifest.Column("amount", "decimal(18,2)", "Savings in pounds, carry-over included."),
            new ExportManifest.Column("children", "int64", null),
            new ExportManifest.Column("pct", "double", null),
            new ExportManifest.Column("target_met", "boolean", null),
            new ExportManifest.Column("run_started_at", "timestamp", null)),
        headline.columns());
    assertEquals(0, m.tables().get(0).rows());
    // What the write recorded is what the file's own footer says: files a run did not write are
    // described from their footer, and the two must agree.
    for (ExportManifest.Table t : m.tables()) {
      assertEquals(t, ExportManifest.describe(export.resolve(t.file()), spark.sparkContext().hadoopConfiguration()));
    }
    try (var s = Files.list(export)) {
      assertEquals(List.of("_manifest.json", "claim_exceptions.parquet", "headline_summary.parquet"),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "no staging or kept-aside folders are left");
    }
  }

  @Test
  void aFileTheRunDidNotRewriteIsStillDescribed() throws IOException {
    PowerBiExport first = run("run-1");
    first.write("headline_summary", everyType(3));
    first.write("monthly_savings", everyType(12));
    first.writeManifest(A);
    first.commit();

    PowerBiExport second = run("run-2");
    second.write("headline_summary", everyType(4));
    second.writeManifest(A.plusDays(1));
    second.commit();

    ExportManifest m = manifest();
    assertEquals("run-2", m.runId());
    assertEquals(A.plusDays(1), m.asOfDate());
    assertEquals(List.of("headline_summary:4", "monthly_savings:12"),
        m.tables().stream().map(t -> t.table() + ":" + t.rows()).toList());
    assertEquals("Savings in pounds, carry-over included.", m.tables().get(1).columns().get(2).description(),
        "the comment of a file not rewritten comes from its footer");
  }

  @Test
  void aFailedRunPutsBackTheOldManifestWithTheOldFiles() throws IOException {
    PowerBiExport first = run("run-1");
    first.write("headline_summary", everyType(3));
    first.writeManifest(A);
    first.commit();
    byte[] manifestBefore = Files.readAllBytes(export.resolve("_manifest.json"));
    byte[] fileBefore = Files.readAllBytes(export.resolve("headline_summary.parquet"));

    PowerBiExport failing = run("run-2");
    failing.write("headline_summary", everyType(5));
    failing.write("monthly_savings", everyType(12));
    failing.writeManifest(A.plusDays(1));
    assertEquals("run-2", manifest().runId());
    failing.rollback();

    assertArrayEquals(manifestBefore, Files.readAllBytes(export.resolve("_manifest.json")));
    assertArrayEquals(fileBefore, Files.readAllBytes(export.resolve("headline_summary.parquet")));
    try (var s = Files.list(export)) {
      assertEquals(List.of("_manifest.json", "headline_summary.parquet"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFirstRunThatFailsLeavesNoManifest() throws IOException {
    PowerBiExport failing = run("run-1");
    failing.write("headline_summary", everyType(3));
    failing.writeManifest(A);
    failing.rollback();
    try (var s = Files.list(export)) {
      assertEquals(List.of(), s.toList());
    }
  }

  /** As on a cluster: Spark writes in a folder of the lake, only the driver writes the export folder. */
  @Test
  void sparkCanStageItsWritesElsewhereAndTheStagingIsRemoved(@TempDir Path lake) throws IOException {
    String sparkStaging = lake.resolve(".staging-export-run-1").toString();
    PowerBiExport e = new PowerBiExport(spark, export.toString(), sparkStaging, "run-1");
    assertEquals(3, e.write("headline_summary", everyType(3)));
    assertTrue(Files.isDirectory(Path.of(sparkStaging, "headline_summary")), "Spark wrote in the given folder");
    e.writeManifest(A);
    e.commit();
    assertEquals(3, manifest().tables().get(0).rows());
    try (var s = Files.list(export)) {
      assertEquals(List.of("_manifest.json", "headline_summary.parquet"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertFalse(Files.exists(Path.of(sparkStaging)));

    PowerBiExport failing = new PowerBiExport(spark, export.toString(), sparkStaging, "run-2");
    failing.write("monthly_savings", everyType(12));
    failing.rollback();
    assertFalse(Files.exists(Path.of(sparkStaging)));
    assertFalse(Files.exists(export.resolve("monthly_savings.parquet")));
  }

  @Test
  void aColumnOfAnotherTypeIsRefusedBeforeAnythingIsWritten() throws IOException {
    PowerBiExport e = run("run-1");
    IllegalStateException thirtyTwoBits = assertThrows(IllegalStateException.class,
        () -> e.write("age_at_start", spark.range(2).selectExpr("cast(id as int) as age")));
    assertTrue(thirtyTwoBits.getMessage().startsWith("age_at_start.age is int; Power BI exports hold only"),
        thirtyTwoBits.getMessage());
    assertThrows(IllegalStateException.class,
        () -> e.write("claim_savings", spark.range(2).selectExpr("cast(id as decimal(38,10)) as amount")));
    assertFalse(Files.exists(export.resolve("age_at_start.parquet")));
  }
}
