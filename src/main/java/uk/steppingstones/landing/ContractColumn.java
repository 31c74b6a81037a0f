package uk.steppingstones.landing;

/**
 * One column of a landing dataset: its header name in the extract (matched case-insensitively),
 * its name in the lake (lower snake case), how its text is read, whether a record without a
 * readable value is quarantined, and what it means (the conformed table's column comment and its
 * line in {@code docs/tables.md}).
 */
public record ContractColumn(String header, String name, ValueType type, boolean required, String description) {

  public ContractColumn {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("column " + header + " says nothing of what it means");
    }
  }

  public static ContractColumn required(String header, String name, ValueType type, String description) {
    return new ContractColumn(header, name, type, true, description);
  }

  public static ContractColumn optional(String header, String name, ValueType type, String description) {
    return new ContractColumn(header, name, type, false, description);
  }
}
