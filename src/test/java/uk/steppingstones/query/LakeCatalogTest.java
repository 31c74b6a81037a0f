package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/**
 * jobs/sql.sh on a small hand-made lake: tables by name in each layer, SHOW TABLES and DESCRIBE,
 * --as-published, --csv, and one line for every kind of mistake.
 */
class LakeCatalogTest extends SparkTest {
  @TempDir static Path tmp;
  static Path lake;

  record Result(int exit, String out, String err) {}

  @BeforeAll
  static void smallLake() throws IOException {
    lake = tmp.resolve("lake");
    Metadata comment = new MetadataBuilder().putString("comment", "April to March, as 2024-25").build();
    StructType monthly = new StructType()
        .add("financial_year", DataTypes.StringType, true, comment)
        .add("amount", DataTypes.createDecimalType(12, 2));
    write(spark.createDataFrame(List.of(RowFactory.create("2024-25", new java.math.BigDecimal("100.00"))), monthly),
        "report/monthly_savings", "overwrite"); // version 0: what the night of 28 March published
    write(spark.createDataFrame(List.of(RowFactory.create("2024-25", new java.math.BigDecimal("250.00"))), monthly),
        "report/monthly_savings", "overwrite"); // version 1: 31 March
    write(text("claim_id|amount", "C1|10", "C2|20"), "report/claim_savings", "overwrite");
    write(text("involvement_id|person_id", "I1|P1"), "conformed/ss_involvement", "overwrite");
    write(text("involvement_id|person_id", "I1|P1", "I2|P2"), "conformed/ss_involvement", "overwrite");
    write(text("person_id|forename", "P1|x"), "raw/person", "overwrite");
    // Not in the run record (as conformed/person_survivor): read as it is now, whichever night.
    write(text("person_id|surviving_person_id", "P2|P1"), "conformed/person_survivor", "overwrite");
    StructType runRecord = new StructType().add("run_id", "string").add("as_of", "date").add("ended_at", "timestamp")
        .add("status", "string")
        .add("table_versions", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
    write(spark.createDataFrame(List.of(
        run("r1", "2025-03-28", "2025-03-29 01:00:00", Map.of("monthly_savings", 0L, "ss_involvement", 0L,
            "claim_savings", -1L)),
        run("r2", "2025-03-31", "2025-04-01 01:00:00", Map.of("monthly_savings", 1L, "ss_involvement", 1L,
            "claim_savings", 0L))), runRecord), "ops/run_record", "overwrite");
    // A table whose log cannot be read: only a statement that names it may fail.
    Path broken = Files.createDirectories(lake.resolve("conformed/broken/_delta_log"));
    Files.writeString(broken.resolve("00000000000000000000.json"), "this is not a Delta log\n");
  }

  static Row run(String id, String asOf, String ended, Map<String, Long> versions) {
    return RowFactory.create(id, Date.valueOf(asOf), Timestamp.valueOf(ended), "succeeded",
        versions);
  }

  static void write(org.apache.spark.sql.Dataset<Row> rows, String table, String mode) {
    rows.write().format("delta").mode(mode).save(lake.resolve(table).toString());
  }

  static Result sql(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    SqlOptions options = SqlOptions.parse(args);
    int exit = SqlCommand.run(spark, options, SqlCommand.read(options.sources()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result onLake(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lake";
    all[1] = lake.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return sql(all);
  }

  static String csv(String statement, String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "--csv";
    args[1] = "-e";
    args[2] = statement;
    System.arraycopy(more, 0, args, 3, more.length);
    Result r = onLake(args);
    assertEquals(SqlCommand.OK, r.exit(), r.err());
    return r.out();
  }

  @Test
  void tablesAreFoundByNameInEachLayer() {
    assertEquals("amount\r\n250.00\r\n", csv("select amount from monthly_savings"));
    assertEquals("amount\r\n250.00\r\n", csv("select amount from report.monthly_savings"));
    assertEquals("amount\r\n250.00\r\n", csv("select amount from lake.report.monthly_savings"));
    assertEquals("n\r\n2\r\n", csv("select count(*) as n from conformed.ss_involvement"));
    assertEquals("forename\r\nx\r\n", csv("select forename from raw.person"));
    assertEquals("run_id\r\nr1\r\nr2\r\n", csv("select run_id from ops.run_record order by run_id"));
    assertEquals("n\r\n2\r\n", csv("select count(*) as n from delta.`" + lake.resolve("report/claim_savings") + "`"));
    // The view names of the old query.sh still work.
    assertEquals("n\r\n2\r\n", csv("select count(*) as n from conformed_ss_involvement"));
    assertEquals("n\r\n2\r\n", csv("select count(*) as n from ops_run_record"));
  }

  @Test
  void aQueryOpensOnlyTheTablesItNames() {
    // conformed/broken's log is unreadable: the other tables answer, and only naming it fails.
    assertEquals("n\r\n2\r\n", csv("select count(*) as n from claim_savings"));
    Result r = onLake("-e", "select * from conformed.broken");
    assertEquals(SqlCommand.STATEMENT_FAILED, r.exit());
    assertOneErrorLine(r);
  }

  @Test
  void showTablesListsTheFoldersOfALayer() {
    assertEquals("namespace,tableName,isTemporary\r\nreport,claim_savings,false\r\nreport,monthly_savings,false\r\n",
        csv("show tables"));
    assertEquals("namespace,tableName,isTemporary\r\nconformed,broken,false\r\nconformed,person_survivor,false\r\n"
        + "conformed,ss_involvement,false\r\n", csv("show tables in conformed"));
    assertEquals("namespace\r\nreport\r\nconformed\r\nraw\r\nops\r\n", csv("show namespaces"));
  }

  @Test
  void describeShowsTheColumnCommentsStoredInDelta() {
    Result r = onLake("-e", "describe monthly_savings");
    assertEquals(SqlCommand.OK, r.exit(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("financial_year +\\| string +\\| April to March, as 2024-25")),
        r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("amount +\\| decimal\\(12,2\\) +\\| NULL")), r.out());
  }

  @Test
  void resultsPrintAsAnAlignedTableWithARowCount() {
    Result r = onLake("-e", "select claim_id, amount from claim_savings order by claim_id");
    assertEquals("claim_id | amount\n---------+-------\nC1       | 10\nC2       | 20\n(2 rows)\n", r.out());
  }

  @Test
  void asPublishedReadsTheVersionsThatNightLeft() {
    Result r = onLake("--as-published", "2025-03-28", "--csv", "-e", "select amount from monthly_savings",
        "-e", "select count(*) as n from conformed.ss_involvement");
    assertEquals(SqlCommand.OK, r.exit(), r.err());
    assertEquals("amount\r\n100.00\r\nn\r\n1\r\n", r.out());
    assertTrue(r.err().startsWith("figures as published by run r1 (as of 2025-03-28, finished 2025-03-29 01:00:00 UTC)"),
        r.err());
    assertEquals("amount\r\n250.00\r\n", csv("select amount from monthly_savings", "--as-published", "r2"));
    assertEquals("n\r\n1\r\n", csv("select count(*) as n from conformed.person_survivor", "--as-published", "r1"));
    // A statement's own VERSION AS OF or TIMESTAMP AS OF wins.
    assertEquals("amount\r\n100.00\r\n", csv("select amount from monthly_savings version as of 0", "--as-published", "r2"));
    String firstCommit = spark.sql("describe history delta.`" + lake.resolve("report/monthly_savings")
        + "`").filter("version = 0").selectExpr("date_format(timestamp, 'yyyy-MM-dd HH:mm:ss.SSS')").first().getString(0);
    assertEquals("amount\r\n100.00\r\n",
        csv("select amount from monthly_savings timestamp as of '" + firstCommit + "'"));
  }

  @Test
  void asPublishedRefusesATableThatNightDidNotHave() {
    assertEquals("namespace,tableName,isTemporary\r\nreport,monthly_savings,false\r\n",
        csv("show tables", "--as-published", "2025-03-28"));
    Result r = onLake("--as-published", "2025-03-28", "-e", "select * from claim_savings");
    assertEquals(SqlCommand.STATEMENT_FAILED, r.exit());
    assertEquals("error: report.claim_savings did not exist in the night being read (run r1 (as of 2025-03-28,"
        + " finished 2025-03-29 01:00:00 UTC)); SHOW TABLES lists the tables it had", lastLine(r.err()));
  }

  @Test
  void anUnknownTableIsOneLineAndExitOne() {
    Result r = onLake("-e", "select * from monthly_savingz");
    assertEquals(SqlCommand.STATEMENT_FAILED, r.exit());
    assertEquals("", r.out());
    assertEquals("error: unknown table monthly_savingz: SHOW TABLES lists the gold tables; the others are"
        + " conformed.<table>, raw.<dataset> and ops.<table> (SHOW TABLES IN conformed)\n", r.err());
    assertOneErrorLine(onLake("-e", "select * from conformed.nothing_here"));
    assertOneErrorLine(onLake("-e", "select * from elsewhere.monthly_savings"));
  }

  @Test
  void aScriptStopsAtItsFirstFailingStatement() {
    Result r = onLake("--csv", "-e", "select 1 as a; select nope from monthly_savings; select 2 as b");
    assertEquals(SqlCommand.STATEMENT_FAILED, r.exit());
    assertEquals("a\r\n1\r\n", r.out());
    assertOneErrorLine(r);
    assertTrue(r.err().contains("nope"), r.err());
  }

  @Test
  void aSyntaxErrorIsOneLine() {
    Result r = onLake("-e", "selec * from monthly_savings");
    assertEquals(SqlCommand.STATEMENT_FAILED, r.exit());
    assertTrue(r.err().startsWith("error: syntax error: "), r.err());
    assertOneErrorLine(r);
  }

  @Test
  void theLakeCannotBeWrittenFromHere() {
    Result insert = onLake("-e", "insert into monthly_savings values ('2025-26', 1.00)");
    assertEquals(SqlCommand.STATEMENT_FAILED, insert.exit());
    assertEquals("error: cannot write to report.monthly_savings: the lake is read-only here (only the nightly job"
        + " writes it)\n", insert.err());
    for (String statement : List.of("drop table monthly_savings", "delete from monthly_savings",
        "create table report.x (a int) using delta", "alter table monthly_savings add column b int")) {
      Result r = onLake("-e", statement);
      assertEquals(SqlCommand.STATEMENT_FAILED, r.exit(), statement);
      assertOneErrorLine(r);
    }
    assertEquals("n\r\n1\r\n", csv("select count(*) as n from monthly_savings"));
  }

  @Test
  void aFolderThatIsNotALakeIsBadInput() throws IOException {
    Path notALake = Files.createDirectories(tmp.resolve("somewhere-else"));
    Result r = sql("--lake", notALake.toString(), "-e", "select 1");
    assertEquals(SqlCommand.BAD_INPUT, r.exit());
    assertEquals(notALake + " is not a Stepping Stones lake: it has none of the folders report/, conformed/, raw/,"
        + " ops/ (the folder given to nightly.sh --lake)\n", r.err());
    Result missing = sql("--lake", tmp.resolve("no-such-folder").toString(), "-e", "select 1");
    assertEquals(SqlCommand.BAD_INPUT, missing.exit());
    assertEquals(tmp.resolve("no-such-folder") + " does not exist\n", missing.err());
  }

  @Test
  void aNightThatNeverRanIsBadInput() {
    Result r = onLake("--as-published", "2025-03-27", "-e", "select 1");
    assertEquals(SqlCommand.BAD_INPUT, r.exit());
    assertEquals("--as-published 2025-03-27: no successful night had as-of date 2025-03-27;"
        + " nights that did: 2025-03-31, 2025-03-28\n", r.err());
  }

  private static void assertOneErrorLine(Result r) {
    assertTrue(r.err().startsWith("error: "), r.err());
    assertEquals(1, r.err().lines().count(), () -> "one line: " + r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  private static String lastLine(String s) {
    List<String> lines = s.lines().toList();
    return lines.get(lines.size() - 1);
  }
}
