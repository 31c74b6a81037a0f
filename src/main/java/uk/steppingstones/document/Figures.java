package uk.steppingstones.document;

/**
 * Renders every figure of a document the same way: its formatted text in an element that names
 * where it came from ({@code data-figure}), and a link to its detail list when the
 * {@link DrillThrough} knows one. The one place a figure becomes a link.
 */
public final class Figures {
  private final DrillThrough drillThrough;

  public Figures(DrillThrough drillThrough) {
    this.drillThrough = drillThrough;
  }

  public SafeHtml show(FigureId id, String text) {
    String attr = " class=\"figure\" data-figure=\"" + Html.esc(id) + "\"";
    return drillThrough.target(id)
        .map(href -> new SafeHtml("<a" + attr + " href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>"))
        .orElseGet(() -> new SafeHtml("<span" + attr + ">" + Html.esc(text) + "</span>"));
  }

  /** The detail lists of the figures shown so far ({@link DrillThrough#lists}). */
  public java.util.Optional<SafeHtml> lists() {
    return drillThrough.lists();
  }
}
