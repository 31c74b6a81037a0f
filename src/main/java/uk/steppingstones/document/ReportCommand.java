package uk.steppingstones.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.document.annual.AnnualContext;
import uk.steppingstones.document.annual.AnnualReport;
import uk.steppingstones.document.quality.DataQualityReport;

/**
 * {@code jobs/report.sh}: writes the annual report of a financial year, or the data-quality
 * report of the last nights, as one self-contained HTML file. Exit 0 with the file's path on
 * stdout; exit 1 with one line on stderr when the input is wrong (options, a folder that is not a
 * lake, a year without data, a night that never ran).
 */
public final class ReportCommand {
  public static final int DONE = 0, BAD_INPUT = 1;

  private final SparkSession spark;

  public ReportCommand(SparkSession spark) {
    this.spark = spark;
  }

  public static void main(String[] args) {
    ReportOptions options;
    try {
      options = ReportOptions.parse(args);
    } catch (BadInput e) {
      System.err.println("report: " + e.getMessage());
      System.exit(BAD_INPUT);
      return;
    }
    // The run record's plan is wide; without this Spark warns that it truncated its description.
    System.getProperties().putIfAbsent("spark.sql.debug.maxToStringFields", "1000");
    SparkSession spark = SparkSessions.forJob("stepping-stones-report");
    int exit;
    try {
      Path written = new ReportCommand(spark).write(options);
      System.out.println(written);
      exit = DONE;
    } catch (BadInput e) {
      System.err.println("report: " + e.getMessage());
      exit = BAD_INPUT;
    } finally {
      spark.stop();
    }
    System.exit(exit);
  }

  /** Writes the document the options ask for and returns its path. */
  public Path write(ReportOptions options) {
    LakeReader lake = new LakeReader(spark, options.lake());
    List<RunInfo> runs = lake.succeededRuns();
    if (options.dataQuality()) {
      RunInfo last = runs.get(runs.size() - 1);
      String html = DataQualityReport.render(lake, last, options.nights(), new Figures(DrillThrough.NONE));
      return save(options.out(), "stepping-stones-data-quality-" + last.asOf() + ".html", html);
    }
    Optional<RunInfo> published = options.asPublished().map(n -> LakeReader.published(runs, n));
    RunInfo run = published.orElse(runs.get(runs.size() - 1));
    String fy = options.fy().orElse(FinancialYear.of(run.asOf()));
    GoldData gold = lake.gold(AnnualReport.TABLES, published);
    Set<String> years = new TreeSet<>();
    for (String t : List.of("headline_summary", "service_activity")) {
      gold.rows(t).forEach(r -> years.add(r.getAs("financial_year")));
    }
    if (!years.contains(fy)) {
      throw new BadInput("no data for financial year " + fy + " in " + options.lake()
          + (published.isPresent() ? " as published by run " + run.runId() : "")
          + (years.isEmpty() ? "" : " (years held: " + String.join(", ", years) + ")"));
    }
    String title = "Stepping Stones Annual Report " + fy;
    String html = AnnualReport.render(new AnnualContext(fy, run, published.isPresent(), gold,
        new Figures(drillThrough(lake, published)), new Page(title)));
    String name = "stepping-stones-annual-report-" + fy
        + (published.isPresent() ? "-as-published-" + run.asOf() : "") + ".html";
    return save(options.out(), name, html);
  }

  /**
   * The figures' detail lists, from the detail tables of the same night; none (figures as plain
   * text) for a lake or a published night from before the detail tables.
   */
  private static DrillThrough drillThrough(LakeReader lake, Optional<RunInfo> published) {
    GoldData details;
    try {
      details = lake.gold(DetailLists.detailTables(AnnualReport.TABLES), published);
    } catch (BadInput e) {
      System.err.println("report: no drill-through, figures are plain text: " + e.getMessage());
      return DrillThrough.NONE;
    }
    java.util.Map<String, List<org.apache.spark.sql.Row>> byTable = new java.util.HashMap<>();
    details.tables().forEach((name, rows) ->
        byTable.put(name.substring(0, name.length() - uk.steppingstones.report.Detail.SUFFIX.length()), rows));
    return new DetailLists(byTable);
  }

  /** Writes the file next to its final name, then moves it into place. */
  static Path save(String dir, String name, String html) {
    try {
      Path folder = Path.of(dir);
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new BadInput("--out " + dir + " is a file, not a folder");
      }
      Files.createDirectories(folder);
      Path target = folder.resolve(name);
      Path tmp = Files.createTempFile(folder, "." + name, ".tmp");
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: keep its default
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new BadInput("cannot write to " + dir + ": " + e.getMessage());
    }
  }
}
