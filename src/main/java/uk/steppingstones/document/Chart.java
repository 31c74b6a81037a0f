package uk.steppingstones.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One Apache ECharts chart, as the option object ECharts draws from: categories along one axis,
 * one or more series of numbers (bars, lines) or a pie per series. Built in Java, written into the
 * document as JSON and drawn by the inlined library (see {@link Page}); the numbers it shows are
 * also in a table beside it. The value format ({@code count}, {@code money}, {@code pct}) tells
 * the page how to label axes and bars.
 */
public final class Chart {
  /** How values are labelled. */
  public enum Format {
    COUNT("count"), MONEY("money"), PCT("pct"), DAYS("days");

    final String js;

    Format(String js) {
      this.js = js;
    }
  }

  /** The report's colours: years before in muted blues, the report's year strong; target orange. */
  public static final String TARGET_COLOUR = "#f28e2b";

  private static final String[] YEARS = {"#1d4e89", "#4e9fd6", "#a6cbe8", "#d4e4f2"};

  /** The colour of the {@code i}-th of {@code n} years, oldest first: the latest the strongest. */
  public static String yearColour(int i, int n) {
    return YEARS[Math.min(YEARS.length - 1, n - 1 - i)];
  }

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] PALETTE = {"#1d4e89", "#4e9fd6", "#a6cbe8", "#59a14f", "#e15759", "#b07aa1",
      "#76b7b2", "#edc948", "#9c755f", "#bab0ac"};

  private final List<String> categories;
  private final Format format;
  private final List<ObjectNode> series = new ArrayList<>();
  private boolean horizontal;
  private boolean stacked;
  private boolean labels = true;
  private boolean pies;
  private int heightMm = 80;
  private int rotate;

  private Chart(List<String> categories, Format format) {
    this.categories = List.copyOf(categories);
    this.format = format;
  }

  /** A chart over these categories (months, teams, ages ...). */
  public static Chart of(List<String> categories, Format format) {
    return new Chart(categories, format);
  }

  /** A series of bars, one value per category. */
  public Chart bars(String name, List<? extends Number> values) {
    return add(name, "bar", values, null);
  }

  /** A series of bars in a given colour. */
  public Chart bars(String name, List<? extends Number> values, String colour) {
    return add(name, "bar", values, colour);
  }

  /** A line through the categories. */
  public Chart line(String name, List<? extends Number> values) {
    return add(name, "line", values, null);
  }

  public Chart line(String name, List<? extends Number> values, String colour) {
    return add(name, "line", values, colour);
  }

  /** A pie of each series (drawn side by side); the categories are the slices. */
  public Chart pies() {
    pies = true;
    return this;
  }

  /** Categories down the side, bars across: for long names (teams). */
  public Chart horizontal() {
    horizontal = true;
    return this;
  }

  /** Bars of the series stacked on each other. */
  public Chart stacked() {
    stacked = true;
    return this;
  }

  /** No value labels on the bars (many bars; the table beside has the numbers). */
  public Chart noLabels() {
    labels = false;
    return this;
  }

  public Chart heightMm(int mm) {
    heightMm = mm;
    return this;
  }

  /** Category labels turned by this many degrees (long labels under vertical bars). */
  public Chart rotateLabels(int degrees) {
    rotate = degrees;
    return this;
  }

  public int heightMm() {
    return heightMm;
  }

  public Format format() {
    return format;
  }

  /** True when there is nothing to draw (no category, or no value other than zero). */
  public boolean isEmpty() {
    if (categories.isEmpty() || series.isEmpty()) {
      return true;
    }
    for (ObjectNode s : series) {
      for (var v : s.get("data")) {
        double d = v.isObject() ? v.get("value").asDouble() : v.asDouble();
        if (d != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private Chart add(String name, String type, List<? extends Number> values, String colour) {
    if (values.size() != categories.size()) {
      throw new IllegalArgumentException(name + ": " + values.size() + " values for " + categories.size() + " categories");
    }
    ObjectNode s = JSON.objectNode().put("name", name).put("type", type);
    ArrayNode data = s.putArray("data");
    for (Number v : values) {
      if (v == null) {
        data.addNull();
      } else if (v instanceof java.math.BigDecimal b) {
        data.add(b);
      } else if (v instanceof Double || v instanceof Float) {
        data.add(v.doubleValue());
      } else {
        data.add(v.longValue());
      }
    }
    if (colour != null) {
      s.putObject("itemStyle").put("color", colour);
      s.putObject("lineStyle").put("color", colour);
    }
    series.add(s);
    return this;
  }

  /** The ECharts option. */
  public ObjectNode option() {
    ObjectNode o = JSON.objectNode();
    o.put("animation", false);
    o.put("valueFormat", format.js);
    ArrayNode colours = o.putArray("color");
    for (String c : PALETTE) {
      colours.add(c);
    }
    o.putObject("textStyle").put("fontFamily", "Liberation Sans, Arial, Helvetica, sans-serif").put("fontSize", 11);
    if (series.size() > 1 || pies) {
      o.putObject("legend").put("top", 0).put("itemGap", 14);
    }
    if (pies) {
      return pieOption(o);
    }
    ObjectNode grid = o.putObject("grid").put("left", 8).put("right", horizontal ? 48 : 16)
        .put("top", series.size() > 1 ? 34 : 18).put("bottom", 6).put("containLabel", true);
    ObjectNode cat = JSON.objectNode().put("type", "category");
    ArrayNode data = cat.putArray("data");
    categories.forEach(data::add);
    ObjectNode catLabel = cat.putObject("axisLabel").put("interval", 0).put("fontSize", 10);
    if (rotate != 0) {
      catLabel.put("rotate", rotate);
    }
    if (horizontal) {
      cat.put("inverse", true);
      catLabel.put("width", 210).put("overflow", "break");
    } else {
      grid.put("bottom", 4);
    }
    ObjectNode val = JSON.objectNode().put("type", "value");
    val.putObject("axisLabel").put("fontSize", 10);
    val.putObject("splitLine").putObject("lineStyle").put("color", "#e4e4e4");
    o.set(horizontal ? "yAxis" : "xAxis", cat);
    o.set(horizontal ? "xAxis" : "yAxis", val);
    ArrayNode out = o.putArray("series");
    for (ObjectNode s : series) {
      ObjectNode copy = s.deepCopy();
      boolean bar = copy.get("type").asText().equals("bar");
      if (stacked && bar) {
        copy.put("stack", "all");
      }
      if (bar) {
        copy.put("barMaxWidth", 36);
      } else {
        copy.put("symbolSize", 5);
      }
      if (labels) {
        copy.putObject("label").put("show", true).put("fontSize", 9)
            .put("position", stacked ? "inside" : horizontal ? "right" : "top");
      }
      out.add(copy);
    }
    return o;
  }

  private ObjectNode pieOption(ObjectNode o) {
    ArrayNode out = o.putArray("series");
    ArrayNode titles = o.putArray("title");
    int n = series.size();
    for (int i = 0; i < n; i++) {
      String x = (100 * (2 * i + 1) / (2 * n)) + "%";
      titles.addObject().put("text", series.get(i).get("name").asText()).put("left", x).put("top", "88%")
          .put("textAlign", "center").putObject("textStyle").put("fontSize", 12);
      ObjectNode p = out.addObject().put("type", "pie").put("name", series.get(i).get("name").asText());
      p.putArray("center").add(x).add("50%");
      p.put("radius", n > 1 ? "46%" : "58%");
      p.putObject("label").put("formatter", "{b}: {d}%").put("fontSize", 10).put("overflow", "none");
      p.putObject("labelLine").put("length", 8).put("length2", 6);
      ArrayNode slices = p.putArray("data");
      var values = series.get(i).get("data");
      for (int c = 0; c < categories.size(); c++) {
        slices.addObject().put("name", categories.get(c)).set("value", values.get(c));
      }
    }
    o.putObject("legend").put("top", 0);
    return o;
  }
}
