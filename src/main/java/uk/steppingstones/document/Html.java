package uk.steppingstones.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Escaping and the report's number formats. Every value placed in a document goes through
 * {@link #esc} (commons-text), or is a {@link SafeHtml} built here from escaped values.
 */
public final class Html {
  private Html() {}

  private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

  /** The text of a value, escaped for HTML text and attribute values (quotes included). */
  public static String esc(Object value) {
    return StringEscapeUtils.escapeHtml4(value == null ? "" : String.valueOf(value));
  }

  /** Escaped text as a fragment. */
  public static SafeHtml text(Object value) {
    return new SafeHtml(esc(value));
  }

  /** {@code <tag class="cls">content</tag>}; content is escaped unless it is already {@link SafeHtml}. */
  public static SafeHtml el(String tag, String cls, Object... content) {
    StringBuilder s = new StringBuilder("<").append(tag);
    if (cls != null && !cls.isEmpty()) {
      s.append(" class=\"").append(esc(cls)).append('"');
    }
    s.append('>');
    for (Object c : content) {
      s.append(c instanceof SafeHtml h ? h.html() : esc(c));
    }
    return new SafeHtml(s.append("</").append(tag).append('>').toString());
  }

  /** Fragments (or escaped texts) one after the other. */
  public static SafeHtml join(Object... parts) {
    return new SafeHtml(Arrays.stream(parts).map(p -> p instanceof SafeHtml h ? h.html() : esc(p))
        .collect(Collectors.joining()));
  }

  public static SafeHtml p(Object... content) {
    return el("p", null, content);
  }

  /** Whole pounds with thousands separators: £3,189,728 (pennies rounded half up); "—" for none. */
  public static String money(BigDecimal pounds) {
    if (pounds == null) {
      return "—";
    }
    BigDecimal whole = pounds.setScale(0, RoundingMode.HALF_UP);
    String digits = new DecimalFormat("#,##0", UK).format(whole.abs());
    return (whole.signum() < 0 ? "-£" : "£") + digits;
  }

  /** Pounds as the report's short form: £3.189m, £89,728 under a million. */
  public static String moneyShort(BigDecimal pounds) {
    if (pounds == null) {
      return "—";
    }
    if (pounds.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
      BigDecimal m = pounds.divide(BigDecimal.valueOf(1_000_000)).setScale(3, RoundingMode.HALF_UP);
      return (m.signum() < 0 ? "-£" : "£") + m.abs().toPlainString() + "m";
    }
    return money(pounds);
  }

  /** A count with thousands separators: 1,234. */
  public static String count(Number n) {
    return n == null ? "—" : new DecimalFormat("#,##0", UK).format(n.longValue());
  }

  /** A percentage as the gold tables hold it (0 to 100, two places): 38.25%. */
  public static String pct(Number p) {
    return p == null ? "—" : new DecimalFormat("#,##0.##", UK).format(p.doubleValue()) + "%";
  }

  /** A number of days, one decimal place at most: 204.5 days. */
  public static String days(Number d) {
    return d == null ? "—" : new DecimalFormat("#,##0.#", UK).format(d.doubleValue()) + " days";
  }

  /** A decimal number with at most two places (mean ages): 8.73. */
  public static String decimal(Number d) {
    return d == null ? "—" : new DecimalFormat("#,##0.##", UK).format(d.doubleValue());
  }
}
