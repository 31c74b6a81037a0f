package uk.steppingstones.document.quality;

import static uk.steppingstones.document.GoldData.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import uk.steppingstones.document.Chart;
import uk.steppingstones.document.FigureId;
import uk.steppingstones.document.Figures;
import uk.steppingstones.document.Html;
import uk.steppingstones.document.HtmlTable;
import uk.steppingstones.document.Page;
import uk.steppingstones.document.RunInfo;
import uk.steppingstones.document.SafeHtml;

/**
 * The sections of the data-quality report, each a function from the rows to HTML: first page,
 * problems by dataset (worst first) and their trend, reasons with what to change, the quarantined
 * lines, and the guide to every reason.
 */
final class QualitySections {
  private QualitySections() {}

  static SafeHtml cover(QualityData d, RunInfo last, int nightsAsked, Figures f) {
    long read = d.sum(null, "lines_read");
    long quarantined = d.reasonLines(null, "quarantined");
    long rejectedFiles = d.files().stream().filter(r -> Boolean.TRUE.equals(r.getAs("rejected_file"))).count();
    long rejectedLines = d.reasonLines(null, "file rejected");
    long noValue = d.reasonLines(null, "read as no value");
    String period = d.nights().isEmpty() ? "no night yet"
        : d.nights().size() == 1 ? "the night of " + d.nights().get(0).night()
        : "the last " + d.nights().size() + " nights, " + d.nights().get(0).night() + " to "
            + d.nights().get(d.nights().size() - 1).night();
    SafeHtml boxes = new SafeHtml("<div class=\"headline\">"
        + box(f.show(FigureId.of("data_quality_nightly", "all", "lines_read"), Html.count(read)), "lines read")
        + box(f.show(FigureId.of("data_quality_reasons", "quarantined", "lines"), Html.count(quarantined)),
            "lines quarantined (not loaded)")
        + box(f.show(FigureId.of("data_quality_nightly", "all", "rejected_file"), Html.count(rejectedFiles)),
            "files rejected whole (" + Html.count(rejectedLines) + " lines)")
        + box(f.show(FigureId.of("data_quality_reasons", "read as no value", "lines"), Html.count(noValue)),
            "optional values unreadable, loaded as no value")
        + box(f.show(FigureId.of("data_quality_nightly", "all", "file"), Html.count(d.files().size())), "files received")
        + box(f.show(FigureId.of("data_quality_nightly", "all", "night"), Html.count(d.nights().size())),
            "nights shown (of " + nightsAsked + " asked)")
        + "</div>");
    List<String> worst = ranked(d).stream().filter(ds -> d.problems(ds, null) > 0).limit(3).toList();
    SafeHtml first = worst.isEmpty()
        ? Html.el("div", "ok", "No line was quarantined and no file rejected in these nights.")
        : Html.el("div", "warning", Html.p("Fix first: ", String.join(", ", worst),
            " (the datasets with the most problem lines; details in the next sections)."));
    SafeHtml facts = new SafeHtml("<dl class=\"facts\">"
        + "<dt>Nights</dt><dd>" + Html.esc(period) + "</dd>"
        + "<dt>Last nightly run</dt><dd>" + Html.esc(last.runId()) + "</dd>"
        + "<dt>Run at</dt><dd>" + Html.esc(last.startedText()) + "</dd>"
        + "<dt>Data as of</dt><dd>" + Html.esc(String.valueOf(last.asOf())) + "</dd></dl>");
    return Html.join(Html.el("h1", null, "Data quality of the nightly extracts"),
        Html.el("div", "subtitle", "For the owners of the LCS and finance extracts: what could not be loaded, and why"),
        facts, boxes, first,
        Html.p("A line is quarantined when a required value is missing or unreadable, the line has the wrong number of "
            + "fields, or it breaks a rule (an end before its start); the rest of its file loads. A file is rejected "
            + "whole when it cannot be read as the contract says (not UTF-8, no header, a required column missing, a "
            + "column named twice). An optional value that cannot be read is loaded as no value. This report names "
            + "each line by file and line number (the header is line 1) and never shows the values of a record."),
        Html.el("p", "note", "Nights counted: successful runs that received a new file (a night that only skipped "
            + "files already loaded adds nothing). Source: the report tables data_quality_nightly and "
            + "data_quality_reasons, and the quarantine's file, line, column and reason."));
  }

  private static String box(SafeHtml figure, String label) {
    return "<div>" + figure.html() + "<small>" + Html.esc(label) + "</small></div>";
  }

  /** Datasets, the most problem lines first. */
  static List<String> ranked(QualityData d) {
    return d.datasets().stream()
        .sorted(Comparator.comparing((String ds) -> -d.problems(ds, null)).thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  static List<Object> byDataset(QualityData d, Figures f, Page page) {
    List<Object> out = new ArrayList<>();
    HtmlTable t = new HtmlTable(null).head("Dataset", "Files", "Lines read", "Quarantined", "% quarantined",
        "Files rejected", "Lines in rejected files", "Unreadable optional values", "Problem lines");
    for (String ds : ranked(d)) {
      long read = d.sum(ds, "lines_read");
      long q = d.reasonLines(ds, "quarantined");
      long rejected = d.files().stream().filter(r -> ds.equals(r.getAs("dataset")) && Boolean.TRUE.equals(r.getAs("rejected_file"))).count();
      t.row(ds, Html.count(d.files().stream().filter(r -> ds.equals(r.getAs("dataset"))).count()), Html.count(read),
          f.show(FigureId.of("data_quality_reasons", ds + "/quarantined", "lines"), Html.count(q)),
          read == 0 ? "—" : q > 0 && 10000.0 * q / read < 1 ? "<0.01%" : Html.pct(Math.round(10000.0 * q / read) / 100.0),
          Html.count(rejected), Html.count(d.reasonLines(ds, "file rejected")),
          Html.count(d.reasonLines(ds, "read as no value")),
          f.show(FigureId.of("data_quality_reasons", ds, "lines"), Html.count(d.problems(ds, null))));
    }
    out.add(Html.p("Problem lines = quarantined lines + lines of rejected files + optional values read as no value, "
        + "over the nights shown."));
    out.add(t.html());

    out.add(Html.el("h3", null, "Trend per dataset"));
    List<String> withProblems = ranked(d).stream().filter(ds -> d.problems(ds, null) > 0).toList();
    List<String> labels = d.nightLabels();
    Chart chart = Chart.of(labels, Chart.Format.COUNT).stacked().heightMm(75).rotateLabels(labels.size() > 8 ? 30 : 0);
    for (String ds : withProblems) {
      chart.bars(ds, d.nights().stream().map(n -> d.problems(ds, n.runId())).toList());
    }
    out.add(page.figure(chart, "Problem lines each night, by dataset"));
    List<String> shortLabels = d.nightLabels();
    HtmlTable trend = new HtmlTable("Problem lines by night").head(concat("Dataset", shortLabels, "All"));
    for (String ds : withProblems) {
      List<Object> cells = new ArrayList<>(List.of(ds));
      for (QualityData.Night n : d.nights()) {
        cells.add(f.show(FigureId.of("data_quality_reasons", n.runId() + "/" + ds, "lines"), Html.count(d.problems(ds, n.runId()))));
      }
      cells.add(Html.count(d.problems(ds, null)));
      trend.row(cells.toArray());
    }
    List<Object> all = new ArrayList<>(List.of("All datasets"));
    d.nights().forEach(n -> all.add(Html.count(d.problems(null, n.runId()))));
    all.add(Html.count(d.problems(null, null)));
    trend.total(all.toArray());
    out.add(trend.html());
    return out;
  }

  static List<Object> reasons(QualityData d, Figures f) {
    List<Object> out = new ArrayList<>();
    out.add(Html.el("h3", null, "Files rejected whole"));
    List<Row> rejected = d.files().stream().filter(r -> Boolean.TRUE.equals(r.getAs("rejected_file"))).toList();
    if (rejected.isEmpty()) {
      out.add(Html.p("None."));
    } else {
      HtmlTable t = new HtmlTable(null).breakable().textColumns(5).head("Night", "File", "Why", "What it means", "What to change");
      for (Row r : rejected) {
        String why = r.getAs("rejection_reason");
        ReasonGuide.Advice a = ReasonGuide.of(why);
        t.row(String.valueOf((Object) r.getAs("night")), r.getAs("file"), why, a.meaning(), a.fix());
      }
      out.add(t.html());
    }

    out.add(Html.el("h3", null, "Quarantined lines by reason"));
    Map<String, long[]> byReason = new LinkedHashMap<>();
    d.reasons().stream().filter(r -> "quarantined".equals(r.getAs("kind")))
        .forEach(r -> byReason.computeIfAbsent(r.getAs("dataset") + "\u0000" + Objects.toString(r.getAs("column"), "")
            + "\u0000" + r.getAs("reason"), k -> new long[1])[0] += count(r, "lines"));
    if (byReason.isEmpty()) {
      out.add(Html.p("None."));
    } else {
      HtmlTable t = new HtmlTable(null).breakable().numericColumns(3)
          .head("Dataset", "Column", "Reason", "Lines", "What it means", "What to change");
      byReason.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
          .thenComparing(Map.Entry::getKey)).forEach(e -> {
            String[] k = e.getKey().split("\u0000", -1);
            ReasonGuide.Advice a = ReasonGuide.of(k[2]);
            t.row(k[0], k[1].isEmpty() ? "(whole line)" : k[1], k[2],
                f.show(FigureId.of("data_quality_reasons", k[0] + "/" + k[1] + "/" + k[2], "lines"), Html.count(e.getValue()[0])),
                Html.el("span", "note", a.meaning()), Html.el("span", "note", a.fix()));
          });
      out.add(t.html());
    }

    out.add(Html.el("h3", null, "Optional values that could not be read"));
    out.add(Html.p("These lines were loaded, with the value read as no value; reports that use the column miss it."));
    List<Row> noValue = d.reasons().stream().filter(r -> "read as no value".equals(r.getAs("kind"))).toList();
    if (noValue.isEmpty()) {
      out.add(Html.p("None."));
    } else {
      HtmlTable t = new HtmlTable(null).breakable().numericColumns(4).head("Night", "Dataset", "Column", "Reason",
          "Values", "What to change");
      for (Row r : noValue) {
        t.row(String.valueOf((Object) r.getAs("night")), r.getAs("dataset"), r.getAs("column"), r.getAs("reason"),
            Html.count(count(r, "lines")), Html.el("span", "note", ReasonGuide.of(r.getAs("reason")).fix()));
      }
      out.add(t.html());
    }

    out.add(Html.el("h3", null, "Unknown question codes, person merge cycles, unrecognised files"));
    HtmlTable t = new HtmlTable(null).breakable().head("Night", "Current answers with an unknown question code",
        "Person ids on a merge cycle", "Unrecognised files");
    for (QualityData.Night n : d.nights()) {
      List<Row> ofNight = d.files().stream().filter(r -> n.runId().equals(r.getAs("run_id"))).toList();
      long unknown = ofNight.stream().mapToLong(r -> count(r, "night_unknown_question_codes")).max().orElse(0);
      long cycles = ofNight.stream().mapToLong(r -> count(r, "night_merge_cycles")).max().orElse(0);
      String unrecognised = String.join(", ", ofNight.stream().filter(r -> "unrecognised".equals(r.getAs("outcome")))
          .map(r -> r.<String>getAs("file")).toList());
      t.row(String.valueOf(n.night()), Html.count(unknown), Html.count(cycles), unrecognised.isEmpty() ? "—" : unrecognised);
    }
    out.add(t.textColumns(1).html());
    for (String key : List.of("unknown question code", "merge cycle", "not a dataset of the landing contract")) {
      ReasonGuide.Advice a = ReasonGuide.of(key);
      out.add(Html.p(Html.el("b", null, capital(key.equals("not a dataset of the landing contract") ? "unrecognised files" : key + "s") + ": "),
          a.meaning(), " ", Html.el("i", null, a.fix())));
    }
    return out;
  }

  static List<Object> lines(QualityData d) {
    List<Object> out = new ArrayList<>();
    out.add(Html.p("Every quarantined line of the nights shown, by file: the line number in the file (the header is "
        + "line 1; a quoted field may span lines, and the number is the line the record starts on), the column and "
        + "every problem of the line. The values are not shown: open the file at the line to see them."));
    Map<String, List<Row>> byFile = new LinkedHashMap<>();
    d.lines().forEach(r -> byFile.computeIfAbsent(r.getAs("source_file"), k -> new ArrayList<>()).add(r));
    if (byFile.isEmpty()) {
      out.add(Html.p("No line was quarantined."));
    }
    for (Map.Entry<String, List<Row>> e : byFile.entrySet()) {
      List<Row> rows = e.getValue();
      HtmlTable t = new HtmlTable(e.getKey() + " (" + rows.get(0).getAs("dataset") + "): " + Html.count(rows.size())
          + (rows.size() == 1 ? " line" : " lines")).breakable().textColumns(4).head("Line", "Column", "Reason", "All problems of the line");
      for (Row r : rows.subList(0, Math.min(rows.size(), DataQualityReport.LINES_PER_FILE))) {
        List<String> problems = r.isNullAt(r.fieldIndex("problems")) ? List.of() : r.getList(r.fieldIndex("problems"));
        t.row(String.valueOf((Object) r.getAs("source_line")),
            r.getAs("column") == null ? "(whole line)" : r.getAs("column"), r.getAs("reason"),
            String.join("; ", problems.stream().map(p -> p.startsWith(": ") ? "(whole line): " + p.substring(2) : p).toList()));
      }
      out.add(t.html());
      if (rows.size() > DataQualityReport.LINES_PER_FILE) {
        out.add(Html.el("p", "note", (rows.size() - DataQualityReport.LINES_PER_FILE) + " more lines of this file are "
            + "in the quarantine: jobs/query.sh --lake LAKE \"select source_line, column, reason from ops_quarantine "
            + "where source_file = '" + e.getKey() + "' order by source_line\""));
      }
    }
    return out;
  }

  static SafeHtml guide() {
    HtmlTable t = new HtmlTable(null).breakable().textColumns(3).head("Problem", "What it means", "What to change");
    ReasonGuide.all().forEach((reason, a) -> t.row(reason, a.meaning(), a.fix()));
    return t.html();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Object[] concat(String first, List<String> middle, String last) {
    List<Object> all = new ArrayList<>(List.of(first));
    all.addAll(middle);
    all.add(last);
    return all.toArray();
  }
}
