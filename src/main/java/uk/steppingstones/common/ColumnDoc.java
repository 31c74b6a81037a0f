package uk.steppingstones.common;

import java.util.Objects;

/**
 * What one column of a table means, in the service's words: units, how it is counted, the edge
 * rules that matter. Its {@link Role} says what kind of figure it is, so tools can tell the
 * figures that add up (children, records, money) from those that do not.
 */
public record ColumnDoc(String name, Role role, String description) {

  /** What kind of figure a column holds. */
  public enum Role {
    /** Identifies the row: financial year, month, category, form, claim. */
    KEY("identifies the row"),
    /** A count of distinct children. */
    CHILDREN("a count of distinct children"),
    /** A count of records: involvements, forms, selections, referrals, meetings, claims, lines. */
    RECORDS("a count of records"),
    /** A sum of money in pounds. */
    MONEY("a sum of money"),
    /** Derived or descriptive: percentages, means, percentiles, running totals, flags, dates, text. */
    VALUE("derived or descriptive");

    private final String meaning;

    Role(String meaning) {
      this.meaning = meaning;
    }

    /** The role in words, for the data dictionary. */
    public String meaning() {
      return meaning;
    }
  }

  public ColumnDoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role of " + name);
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("column " + name + " has no description");
    }
    description = description.strip();
  }

  public static ColumnDoc key(String name, String description) {
    return new ColumnDoc(name, Role.KEY, description);
  }

  public static ColumnDoc children(String name, String description) {
    return new ColumnDoc(name, Role.CHILDREN, description);
  }

  public static ColumnDoc records(String name, String description) {
    return new ColumnDoc(name, Role.RECORDS, description);
  }

  public static ColumnDoc money(String name, String description) {
    return new ColumnDoc(name, Role.MONEY, description);
  }

  public static ColumnDoc value(String name, String description) {
    return new ColumnDoc(name, Role.VALUE, description);
  }
}
