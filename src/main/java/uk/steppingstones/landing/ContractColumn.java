package uk.steppingstones.landing;

/**
 * One column of a landing dataset: its header name in the extract (matched case-insensitively),
 * its name in the lake (lower snake case), how its text is read, whether a record without a
 * readable value is quarantined, and what it means to whoever sends it (docs/landing.md shows it).
 */
public record ContractColumn(String header, String name, ValueType type, boolean required, String meaning) {

  public ContractColumn {
    if (meaning == null || meaning.isBlank()) {
      throw new IllegalArgumentException("column " + header + " says nothing of what it means");
    }
  }

  public static ContractColumn required(String header, String name, ValueType type, String meaning) {
    return new ContractColumn(header, name, type, true, meaning);
  }

  public static ContractColumn optional(String header, String name, ValueType type, String meaning) {
    return new ContractColumn(header, name, type, false, meaning);
  }
}
