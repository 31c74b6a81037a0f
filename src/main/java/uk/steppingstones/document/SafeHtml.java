package uk.steppingstones.document;

/**
 * A fragment of HTML that is safe to place in the document as it is: built only by {@link Html}
 * and the other document classes, every value in it escaped. Plain strings are always escaped.
 */
public record SafeHtml(String html) {
  public static final SafeHtml EMPTY = new SafeHtml("");

  @Override
  public String toString() {
    return html;
  }
}
