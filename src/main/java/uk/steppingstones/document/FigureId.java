package uk.steppingstones.document;

/**
 * What a figure of the report is: the gold table it comes from, the row it is read from (a
 * financial year, a month, a category, joined with {@code /}) and the column. Written into the
 * document as {@code data-figure="table:row:column"}, e.g.
 * {@code cla_step_down:2024-25:with_ss}, so a reader (or a test) can find where it came from.
 */
public record FigureId(String table, String row, String column) {
  public static FigureId of(String table, String row, String column) {
    return new FigureId(table, row, column);
  }

  @Override
  public String toString() {
    return table + ":" + row + ":" + column;
  }
}
