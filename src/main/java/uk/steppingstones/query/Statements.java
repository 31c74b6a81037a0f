package uk.steppingstones.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is outside quotes ('...', "...",
 * `...`, with backslash escapes as Spark SQL reads them) and comments ({@code --} to the end of the
 * line, {@code /* ... *}{@code /}). A semicolon inside a string literal or a comment does not end a
 * statement, which a plain split on ";" gets wrong.
 */
final class Statements {
  private Statements() {}

  /**
   * @param complete the statements ended by a semicolon, trimmed, comment-only ones left out
   * @param rest     the text after the last semicolon, trimmed: empty, or an unfinished statement
   */
  record Split(List<String> complete, String rest) {
    /** Every statement, taking an unfinished last one as if it ended there (for -e and -f). */
    List<String> all() {
      List<String> all = new ArrayList<>(complete);
      if (!rest.isEmpty()) {
        all.add(rest);
      }
      return all;
    }
  }

  static Split split(String text) {
    List<String> complete = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean meaningful = false; // the current statement has something besides blanks and comments
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int end = text.indexOf('\n', i);
        end = end < 0 ? n : end;
        current.append(text, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(text, i, end);
        i = end;
      } else if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(text, i);
        current.append(text, i, end);
        meaningful = true;
        i = end;
      } else if (c == ';') {
        if (meaningful) {
          complete.add(current.toString().strip());
        }
        current.setLength(0);
        meaningful = false;
        i++;
      } else {
        meaningful |= !Character.isWhitespace(c);
        current.append(c);
        i++;
      }
    }
    return new Split(complete, meaningful ? current.toString().strip() : "");
  }

  /** Index just past the quote that closes the one at {@code start} (or the end of an unclosed one). */
  private static int closingQuote(String text, int start) {
    char q = text.charAt(start);
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && q != '`') {
        i += 2;
      } else if (c == q) {
        // A doubled quote is an escaped quote inside the literal.
        if (i + 1 < text.length() && text.charAt(i + 1) == q) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return text.length();
  }
}
