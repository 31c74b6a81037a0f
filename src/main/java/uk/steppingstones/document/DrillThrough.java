package uk.steppingstones.document;

import java.util.Optional;

/**
 * Where a figure's detail list is, once there is one: the hook for drill-through. Every figure of
 * the report is shown through {@link Figures#show}, named by a {@link FigureId} (gold table,
 * financial year or month, and what it counts); a drill-through answers with the anchor (a
 * section of the same file, {@code #cla_step_down_detail-2024-25}) or page that lists the rows
 * behind it, and the figure becomes a link to it.
 */
@FunctionalInterface
public interface DrillThrough {
  /** The link target of the figure's detail list, or empty when it has none. */
  Optional<String> target(FigureId figure);

  /**
   * The detail lists of the figures linked so far, to close the document with (the targets of the
   * links); none for a drill-through whose lists live elsewhere.
   */
  default Optional<SafeHtml> lists() {
    return Optional.empty();
  }

  /** No detail lists: figures are plain text. */
  DrillThrough NONE = figure -> Optional.empty();
}
