package uk.steppingstones.document.annual;

import java.util.List;

/** One section of the annual report: a page (or more) of text, figures and tables. */
interface Section {
  /** The anchor of the section, e.g. {@code finance}. */
  String id();

  String title();

  /** The section's content: {@link uk.steppingstones.document.SafeHtml} fragments, in order. */
  List<Object> content(AnnualContext c);
}
