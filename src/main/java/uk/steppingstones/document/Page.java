package uk.steppingstones.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * One self-contained HTML document: its sections, its numbered charts (each an ECharts option as
 * JSON) and, inline, the ECharts library and the few lines that draw the charts. A Content
 * Security Policy forbids the page any request, so it opens and prints the same with no network.
 * Laid out for A4: each section starts a page, charts are sized to the printed width.
 */
public final class Page {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptSafe());
  }

  private final String title;
  private final List<SafeHtml> sections = new ArrayList<>();
  private int figures;

  public Page(String title) {
    this.title = title;
  }

  /**
   * A numbered figure: the chart and its caption ("Figure 4. ..."), or a line saying there is
   * nothing to draw when the chart has no data.
   */
  public SafeHtml figure(Chart chart, String caption) {
    figures++;
    String label = "Figure " + figures + ". " + caption;
    if (chart.isEmpty()) {
      return Html.el("figure", "empty", Html.el("figcaption", null, label), Html.p("No data for this figure."));
    }
    String id = "chart-" + figures;
    String option;
    try {
      option = JSON.writeValueAsString(chart.option());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new SafeHtml("<figure><div class=\"chart\" id=\"" + id + "\" style=\"height:" + chart.heightMm()
        + "mm\"></div><script type=\"application/json\" data-chart=\"" + id + "\">" + option + "</script>"
        + "<figcaption>" + Html.esc(label) + "</figcaption></figure>");
  }

  /** A section of the document, starting a new page when printed. */
  public void section(String id, String heading, Object... content) {
    Object[] parts = new Object[content.length + 1];
    parts[0] = Html.el("h2", null, heading);
    System.arraycopy(content, 0, parts, 1, content.length);
    sections.add(new SafeHtml("<section class=\"chapter\" id=\"" + Html.esc(id) + "\">" + Html.join(parts).html()
        + "</section>"));
  }

  /** The first page: not a chapter, no heading of its own. */
  public void cover(Object... content) {
    sections.add(new SafeHtml("<section class=\"cover\" id=\"cover\">" + Html.join(content).html() + "</section>"));
  }

  public String render() {
    StringBuilder s = new StringBuilder(1_200_000);
    s.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline';"
            + " style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Stepping Stones pipeline; charts: Apache ECharts ")
        .append(Html.esc(EChartsLibrary.version())).append("\">\n")
        .append("<title>").append(Html.esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<main>\n");
    sections.forEach(sec -> s.append(sec.html()).append('\n'));
    s.append("</main>\n<script>\n").append(EChartsLibrary.script()).append("\n</script>\n<script>\n").append(DRAW)
        .append("</script>\n</body>\n</html>\n");
    return s.toString();
  }

  /** JSON that can sit inside a script element: no {@code <}, {@code >} or {@code &} as such. */
  private static final class ScriptSafe extends CharacterEscapes {
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptSafe() {
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  /** Draws every chart with ECharts' SVG renderer (sharp in print), labelling values by format. */
  private static final String DRAW = """
      (function () {
        function money(v) {
          var a = Math.abs(v), s = v < 0 ? '-\\u00a3' : '\\u00a3';
          if (a >= 1e6) return s + (a / 1e6).toFixed(2) + 'm';
          if (a >= 1e3) return s + Math.round(a / 1e3) + 'k';
          return s + Math.round(a);
        }
        function count(v) { return Math.round(v).toLocaleString('en-GB'); }
        function pct(v) { return (Math.round(v * 10) / 10) + '%'; }
        function days(v) { return Math.round(v).toLocaleString('en-GB'); }
        var formats = {money: money, count: count, pct: pct, days: days};
        var nodes = document.querySelectorAll('script[type="application/json"][data-chart]');
        for (var i = 0; i < nodes.length; i++) {
          var option = JSON.parse(nodes[i].textContent);
          var f = formats[option.valueFormat] || count;
          delete option.valueFormat;
          ['xAxis', 'yAxis'].forEach(function (k) {
            var axis = option[k];
            if (axis && axis.type === 'value') { axis.axisLabel = axis.axisLabel || {}; axis.axisLabel.formatter = f; }
          });
          (option.series || []).forEach(function (s) {
            if (s.label && s.type !== 'pie') {
              s.label.formatter = function (p) { return p.value == null || p.value === 0 ? '' : f(p.value); };
            }
          });
          var el = document.getElementById(nodes[i].getAttribute('data-chart'));
          echarts.init(el, null, {renderer: 'svg'}).setOption(option);
        }
      })();
      """;

  private static final String CSS = """
      @page { size: A4; margin: 14mm 15mm 16mm 15mm; }
      html { background: #eef0f3; }
      body { margin: 0; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt;
             line-height: 1.4; color: #1f2328; }
      main { width: 180mm; margin: 0 auto; background: #fff; padding: 10mm 12mm; box-sizing: content-box; }
      h1 { font-size: 24pt; color: #1d4e89; margin: 0 0 4mm; }
      h2 { font-size: 16pt; color: #1d4e89; border-bottom: 2px solid #1d4e89; padding-bottom: 1mm; margin: 0 0 4mm; }
      h3 { font-size: 12pt; color: #1d4e89; margin: 6mm 0 2mm; break-after: avoid; }
      p { margin: 0 0 2.5mm; }
      section.chapter { margin-top: 12mm; }
      section.cover { min-height: 230mm; }
      .subtitle { font-size: 14pt; color: #444; margin-bottom: 10mm; }
      figure { margin: 3mm 0 5mm; break-inside: avoid; }
      figure .chart { width: 180mm; }
      figcaption { font-size: 9pt; color: #555; font-style: italic; margin-top: 1mm; }
      figure.empty p { color: #777; }
      table.figures { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 2mm 0 5mm;
                      break-inside: avoid; }
      table.figures.long { break-inside: auto; }
      table.figures caption { text-align: left; font-weight: bold; color: #333; padding-bottom: 1mm; }
      table.figures th { background: #e8eef6; text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid #9db3d1;
                         vertical-align: bottom; }
      table.figures th.num { white-space: normal; }
      table.figures td:first-child { white-space: nowrap; }
      table.figures.long td:first-child, table.figures.wrap td:first-child { white-space: normal; }
      .keep { break-inside: avoid; }
      table.figures td { padding: 1mm 2mm; border-bottom: 1px solid #e3e3e3; vertical-align: top; }
      table.figures .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      table.figures tr.total td { font-weight: bold; border-top: 1px solid #999; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      .figure { font-weight: bold; }
      a.figure { color: #1d4e89; }
      .headline { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3mm; margin: 4mm 0 6mm; }
      .headline div { border: 1px solid #c9d6e8; border-radius: 2mm; padding: 3mm; background: #f6f9fc; break-inside: avoid; }
      .headline .figure { display: block; font-size: 16pt; color: #1d4e89; }
      .headline small { color: #444; }
      .note { font-size: 8.5pt; color: #555; }
      .warning { border-left: 3mm solid #e15759; background: #fdf0f0; padding: 2mm 3mm; margin: 3mm 0; }
      .ok { border-left: 3mm solid #59a14f; background: #f1f8ef; padding: 2mm 3mm; margin: 3mm 0; }
      dl.facts { display: grid; grid-template-columns: 40mm 1fr; gap: 1.5mm 4mm; margin: 6mm 0; }
      dl.facts dt { color: #555; }
      dl.facts dd { margin: 0; font-weight: bold; }
      nav.contents ol { padding-left: 6mm; }
      nav.contents a { color: #1d4e89; text-decoration: none; }
      .two { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
      code { font-family: "Liberation Mono", monospace; font-size: 8.5pt; background: #f3f3f3; padding: 0 1mm; }
      details.records { margin: 1mm 0; font-size: 9pt; }
      details.records summary { cursor: pointer; color: #1d4e89; }
      details.records:target summary, details.records[open] summary { font-weight: bold; }
      table.records { border-collapse: collapse; margin: 1mm 0 4mm 5mm; font-size: 8.5pt; }
      table.records th { background: #e8eef6; text-align: left; padding: 0.8mm 2mm; }
      table.records td { padding: 0.5mm 2mm; border-bottom: 1px solid #eee; font-family: "Liberation Mono", monospace; }
      table.records .num { text-align: right; }
      @media print {
        html { background: #fff; }
        main { padding: 0; width: 180mm; }
        section.chapter { break-before: page; margin-top: 0; }
        section.cover { min-height: 0; }
      }
      """;
}
