package uk.steppingstones.document.annual;

import java.util.List;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.document.EChartsLibrary;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;
import uk.steppingstones.document.RunInfo;
import uk.steppingstones.document.SafeHtml;

/**
 * The first page: title, financial year, the data's as-of date, the nightly run it comes from
 * (id, time), the files rejected that night, and the contents.
 */
final class CoverSection {
  private CoverSection() {}

  static SafeHtml content(AnnualContext c, List<Section> sections) {
    RunInfo run = c.run;
    int start = c.startYear;
    SafeHtml facts = new SafeHtml("<dl class=\"facts\">"
        + fact("Financial year", c.fy + " (" + AnnualContext.day(FinancialYear.firstDay(start)) + " to "
            + AnnualContext.day(FinancialYear.lastDay(start)) + ")")
        + fact("Data as of", AnnualContext.day(run.asOf()))
        + fact("Nightly run", run.runId())
        + fact("Run at", run.startedText() + (run.endedAt() == null ? "" : " (finished " + run.endedText() + ")"))
        + fact("Tables read", c.asPublished ? "the report tables as this run published them"
            : "the report tables as they are now (the latest run)")
        + "</dl>");
    SafeHtml rejected;
    if (run.rejectedFiles().isEmpty()) {
      rejected = Html.el("div", "ok", "No file was rejected that night.");
    } else {
      HtmlTable t = new HtmlTable(null).textColumns(3).head("File", "Outcome", "Why");
      for (RunInfo.RejectedFile f : run.rejectedFiles()) {
        String why = f.message() != null && f.message().startsWith(f.file() + ": ")
            ? f.message().substring(f.file().length() + 2) : f.message();
        t.row(f.file(), f.outcome(), why);
      }
      rejected = Html.el("div", "warning", Html.p(run.rejectedFiles().size() == 1
          ? "One file was rejected whole that night; its records are not in this report:"
          : run.rejectedFiles().size() + " files were rejected whole that night; their records are not in this report:"),
          t.html());
    }
    StringBuilder contents = new StringBuilder("<nav class=\"contents\"><h3>Contents</h3><ol>");
    for (Section s : sections) {
      contents.append("<li><a href=\"#").append(Html.esc(s.id())).append("\">").append(Html.esc(s.title()))
          .append("</a></li>");
    }
    contents.append("</ol></nav>");
    return Html.join(Html.el("h1", null, "Stepping Stones Annual Report"),
        Html.el("div", "subtitle", "Financial year " + c.fy + ", compared with the years before"),
        facts, rejected, new SafeHtml(contents.toString()),
        Html.el("p", "note", "Counts of children are of distinct children. Money is in pounds, rounded to the pound "
            + "(the tables hold pennies). Nothing dated after the as-of date counts. Every figure is read from the "
            + "report (gold) tables named in docs/annual-report.md. Charts drawn with Apache ECharts "
            + EChartsLibrary.version() + ", carried inside this file."));
  }

  private static String fact(String name, String value) {
    return "<dt>" + Html.esc(name) + "</dt><dd>" + Html.esc(value) + "</dd>";
  }
}
