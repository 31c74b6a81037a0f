package uk.steppingstones.document;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.Lake;
import uk.steppingstones.document.annual.AnnualReport;
import uk.steppingstones.nightly.NightlyJob;
import uk.steppingstones.nightly.NightlyOptions;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.report.ReportTables;

/**
 * The report command on a small lake built here by four nights of the nightly job (every report
 * table): night 1 loads people, involvements (one quarantined), teams, targets and referrals and
 * rejects a file; night 2 adds an involvement; night 3 brings nothing new; night 4 only a file
 * that is rejected.
 */
class ReportCommandTest extends SparkTest {
  @TempDir static Path tmp;
  static Path landing, lake, out;
  static RunRecord night1, night2, night3, night4;
  static long dqVersion2, dqVersion3, dqVersion4;

  static final String TEAM = "Team <marquee>\"Fish & Chips\"</marquee>";

  static void land(String name, String... lines) throws IOException {
    Files.writeString(landing.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  static RunRecord night() {
    return new NightlyJob(spark, new NightlyOptions(landing.toString(), lake.toString(), tmp.resolve("export").toString(),
        Optional.empty(), "test-key"), ReportTables.ALL).run();
  }

  static long dqVersion() {
    return new Lake(spark, lake.toString()).version(lake.resolve("report/data_quality_nightly").toString());
  }

  @BeforeAll
  static void nights() throws IOException {
    landing = Files.createDirectories(tmp.resolve("landing"));
    lake = tmp.resolve("lake");
    out = tmp.resolve("out");
    land("person_20250301.csv", "PersonID,Gender,DateOfBirth,LastModified",
        "P1,Male,2012-01-01,2025-03-01", "P2,Female,2014-05-06,2025-03-01", "P3,Male,2010-02-02,2025-03-01",
        "P4,Female,2016-07-07,2025-03-01");
    land("ss_involvement_20250301.csv", "InvolvementID,PersonID,StartDate,EndDate,LastModified",
        "I1,P1,2023-06-01,2023-12-01,2025-03-01",
        "I2,P2,2024-05-01,,2025-03-01",
        "I3,P3,2024-06-10,2024-11-30,2025-03-01",
        "SECRET42,P4,2024-07-01,2024-06-01,2025-03-01");
    land("team_allocation_20250301.csv", "AllocationID,PersonID,TeamName,StartDate,LastModified",
        "A1,P2,\"" + TEAM.replace("\"", "\"\"") + "\",2024-01-01,2025-03-01",
        "A2,P3,Assessment Team North,2024-01-01,2025-03-01");
    land("team_group_20250301.csv", "TeamName,TeamGroup,LastModified",
        "\"" + TEAM.replace("\"", "\"\"") + "\",Case Management,2025-03-01",
        "Assessment Team North,Assessment,2025-03-01");
    land("savings_target_20250301.csv", "FinancialYear,Month,TargetAmount,LastModified",
        "2024-25,2024-04,100000,2025-03-01", "2024-25,2024-05,50000,2025-03-01");
    land("fgc_referral_20250301.csv", "ReferralID,PersonID,ReferralDate,ReferringTeam,WorkspaceID,LastModified",
        "R1,P1,2024-05-10,Assessment Team North,W1,2025-03-01", "R2,P2,2024-06-15,Assessment Team North,,2025-03-01");
    land("cin_plan_20250301.csv", "PlanID,PersonID,LastModified", "C1,P1,2025-03-01");
    night1 = night();
    land("ss_involvement_20250302.csv", "InvolvementID,PersonID,StartDate,LastModified", "I4,P4,2024-09-01,2025-03-02");
    night2 = night();
    dqVersion2 = dqVersion();
    night3 = night();
    dqVersion3 = dqVersion();
    land("plo_20250304.csv", "PLOID,PersonID,LastModified", "X1,P1,2025-03-04");
    night4 = night();
    dqVersion4 = dqVersion();
  }

  static String write(String... args) throws IOException {
    Path file = new ReportCommand(spark).write(ReportOptions.parse(args));
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String latest;

  /** The annual report of the latest run (written once, read by several tests). */
  static synchronized String latest() throws IOException {
    if (latest == null) {
      latest = annual();
    }
    return latest;
  }

  static String annual(String... more) throws IOException {
    String[] args = new String[4 + more.length];
    args[0] = "--lake";
    args[1] = lake.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return write(args);
  }

  /** The text of the figure {@code table:row:column} in the document. */
  static String figure(String html, String id) {
    Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
    assertTrue(m.find(), "figure " + id + " is in the document");
    return org.apache.commons.text.StringEscapeUtils.unescapeHtml4(m.group(1));
  }

  static Row gold(String table, String fy) {
    return spark.read().format("delta").load(lake.resolve("report").resolve(table).toString())
        .filter("financial_year = '" + fy + "'").collectAsList().get(0);
  }

  @Test
  void nightsAsPlanned() {
    assertEquals(NightlyJob.DONE_WITH_REJECTED_FILES, night1.exitCode());
    assertEquals(java.time.LocalDate.of(2025, 3, 2), night2.asOf());
    assertEquals(java.time.LocalDate.of(2025, 3, 2), night4.asOf(), "a rejected file does not move the as-of date");
  }

  @Test
  void oneSelfContainedDocumentWithEverySection() throws IOException {
    String html = latest();
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(1, count(html, "<html"));
    assertEquals(1, count(html, "</html>"));
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html).find(),
        "no request leaves the file");
    assertFalse(html.contains("<link"), "no linked style sheet");
    assertFalse(Pattern.compile("<script[^>]+src", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no external script");
    assertTrue(html.contains(EChartsLibrary.script()), "the chart library is inlined");
    assertTrue(html.contains("default-src 'none'"), "a policy forbids any request");
    assertTrue(html.contains("id=\"cover\""));
    for (String id : AnnualReport.sectionIds()) {
      assertTrue(html.contains("<section class=\"chapter\" id=\"" + id + "\">"), id);
    }
    for (String heading : List.of("Finance", "Outreach activity", "Forms, planned outcomes and closures",
        "Involvement length", "Family group conferences", "Children looked after and PLO")) {
      assertTrue(html.contains("<h2>" + heading + "</h2>"), heading);
    }
    assertTrue(html.contains("data-chart=\"chart-1\""), "charts are drawn from data in the file");
  }

  @Test
  void firstPageNamesTheRunAndTheRejectedFiles() throws IOException {
    String html = latest();
    String cover = html.substring(html.indexOf("id=\"cover\""), html.indexOf("<section class=\"chapter\""));
    assertTrue(cover.contains("Financial year 2024-25"));
    assertTrue(cover.contains(night4.runId()), "the last successful run");
    assertTrue(cover.contains("2 March 2025"), "its as-of date");
    assertTrue(cover.contains("plo_20250304.csv") && cover.contains("missing required column"));
    assertTrue(cover.contains("cin_plan_20250301.csv") && cover.contains("still rejected"));
  }

  @Test
  void figuresAreTheGoldTablesNumbers() throws IOException {
    String html = latest();
    Row activity = gold("service_activity", "2024-25");
    assertEquals(String.valueOf((Long) activity.getAs("involvements_started")),
        figure(html, "service_activity:2024-25:involvements_started"));
    assertEquals("3", figure(html, "service_activity:2024-25:involvements_started"));
    assertEquals(String.valueOf((Long) activity.getAs("involvements_ended")),
        figure(html, "service_activity:2024-25:involvements_ended"));
    assertEquals("£150,000", figure(html, "headline_summary:2024-25:target_total"));
    assertEquals(Html.money(gold("headline_summary", "2024-25").getAs("target_total")),
        figure(html, "headline_summary:2024-25:target_total"));
    assertEquals("2", figure(html, "fgc_referrals_yearly:2024-25:children_referred"));
    assertEquals("1", figure(html, "allocated_team_at_start:2024-25/Assessment Team North:children"));
  }

  @Test
  void aFigureLinksToTheRecordsBehindIt() throws IOException {
    String html = latest();
    // Three involvements started in 2024-25 (I2, I3, I4): the figure opens their list.
    Matcher link = Pattern.compile("data-figure=\"service_activity:2024-25:involvements_started\" href=\"#(records-\\d+)\"")
        .matcher(html);
    assertTrue(link.find(), "the figure is a link");
    int list = html.indexOf("<details class=\"records\" id=\"" + link.group(1) + "\">");
    assertTrue(list > 0, "its list is in the file");
    String records = html.substring(list, html.indexOf("</details>", list));
    assertTrue(records.contains("3 records"), records);
    for (String id : List.of("I2", "I3", "I4")) {
      assertTrue(records.contains("<td>" + id + "\n") || records.contains("<td>" + id + "<"), id + " in " + records);
    }
    assertFalse(records.contains("<td>I1"), "I1 started in 2023-24");
    assertFalse(records.contains("SECRET42"), "an involvement quarantined (ends before it starts) is no record");
  }

  @Test
  void everyValueIsEscaped() throws IOException {
    String html = latest();
    assertFalse(html.contains("<marquee"), "a team name is text, not markup");
    assertTrue(html.contains("Team &lt;marquee&gt;&quot;Fish &amp; Chips&quot;&lt;/marquee&gt;"), "in tables");
    assertTrue(html.contains("Team \\u003Cmarquee\\u003E\\\"Fish \\u0026 Chips\\\"\\u003C/marquee\\u003E"),
        "in the charts' data");
  }

  @Test
  void asPublishedReadsTheTablesAsThatNightLeftThem() throws IOException {
    assertEquals("2", figure(annual("--as-published", "2025-03-01"), "service_activity:2024-25:involvements_started"));
    String byRunId = annual("--as-published", night2.runId());
    assertEquals("3", figure(byRunId, "service_activity:2024-25:involvements_started"));
    assertTrue(byRunId.contains(night2.runId()));
    assertTrue(Files.exists(out.resolve("stepping-stones-annual-report-2024-25-as-published-2025-03-01.html")));
  }

  @Test
  void anEarlierYearComparesWithTheYearBeforeIt() throws IOException {
    String html = annual("--fy", "2023-24");
    assertTrue(html.contains("Financial year 2023-24"));
    assertEquals("1", figure(html, "service_activity:2023-24:involvements_started"));
  }

  @Test
  void badInputIsOneClearLine() throws IOException {
    Path notALake = Files.createDirectories(tmp.resolve("not-a-lake"));
    assertBad("is not a Stepping Stones lake", "--lake", notALake.toString(), "--out", out.toString());
    assertBad("no data for financial year 2030-31", "--lake", lake.toString(), "--out", out.toString(), "--fy", "2030-31");
    assertBad("no successful nightly run was as of 2019-01-01", "--lake", lake.toString(), "--out", out.toString(),
        "--as-published", "2019-01-01");
    assertBad("no successful run is 'yesterday'", "--lake", lake.toString(), "--out", out.toString(),
        "--as-published", "yesterday");
    assertBad("unknown option --colour", "--lake", lake.toString(), "--out", out.toString(), "--colour", "blue");
    assertBad("--fy must be a financial year such as 2024-25", "--lake", "x", "--out", "y", "--fy", "2024-26");
    assertBad("--lake and --out are required", "--lake", "x");
    assertBad("missing value after --out", "--lake", "x", "--out");
  }

  private static void assertBad(String expected, String... args) {
    BadInput e = assertThrows(BadInput.class, () -> new ReportCommand(spark).write(ReportOptions.parse(args)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), "one line");
    assertEquals(0, e.getStackTrace().length, "no stack trace to print");
  }

  @Test
  void dataQualityTableHoldsEveryNightThatBroughtSomethingAndIsExported() {
    List<Row> rows = spark.read().format("delta").load(lake.resolve("report/data_quality_nightly").toString())
        .orderBy("run_started_at", "file").collectAsList();
    assertEquals(List.of(night1.runId(), night2.runId(), night4.runId()),
        rows.stream().map(r -> r.<String>getAs("run_id")).distinct().toList(), "the quiet night 3 adds no row");
    assertTrue(rows.stream().anyMatch(r -> r.getAs("file").equals("ss_involvement_20250302.csv")),
        "a night's own files are in the table it builds");
    Row inv = rows.stream().filter(r -> r.getAs("file").equals("ss_involvement_20250301.csv")).findFirst().orElseThrow();
    assertEquals(4L, (Long) inv.getAs("lines_read"));
    assertEquals(1L, (Long) inv.getAs("quarantined"));
    assertTrue(Files.exists(tmp.resolve("export/data_quality_nightly.parquet")));
    assertTrue(Files.exists(tmp.resolve("export/data_quality_reasons.parquet")));
  }

  @Test
  void aNightWithNothingNewKeepsTheReportANewRejectedFileRebuildsIt() {
    assertEquals(dqVersion2, dqVersion3, "night 3 skipped every file: report kept");
    assertTrue(dqVersion4 > dqVersion3, "night 4 rejected a new file: the data-quality tables are rebuilt");
  }

  @Test
  void dataQualityReportShowsPlaceAndReasonNeverTheValues() throws IOException {
    String html = write("--lake", lake.toString(), "--out", out.toString(), "--data-quality");
    for (String id : List.of("cover", "datasets", "reasons", "lines", "guide")) {
      assertTrue(html.contains("id=\"" + id + "\""), id);
    }
    assertTrue(html.contains(EChartsLibrary.script()));
    assertFalse(html.contains("SECRET42"), "the quarantined record's values are not printed");
    String lines = html.substring(html.indexOf("id=\"lines\""), html.indexOf("id=\"guide\""));
    assertTrue(lines.contains("ss_involvement_20250301.csv"));
    assertTrue(lines.contains("<td>5</td><td>EndDate</td><td>EndDate before StartDate</td>"), "file, line, column, reason");
    assertTrue(html.contains("Correct the dates in the source record."), "what to change, in plain words");
    assertTrue(html.contains("plo_20250304.csv") && html.contains("missing required column"));
    assertTrue(Files.exists(out.resolve("stepping-stones-data-quality-2025-03-02.html")));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
