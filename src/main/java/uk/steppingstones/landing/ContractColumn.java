package uk.steppingstones.landing;

/**
 * One column of a landing dataset: its header name in the extract (matched case-insensitively),
 * its name in the lake (lower snake case), how its text is read, and whether a record without a
 * readable value is quarantined.
 */
public record ContractColumn(String header, String name, ValueType type, boolean required) {

  public static ContractColumn required(String header, String name, ValueType type) {
    return new ContractColumn(header, name, type, true);
  }

  public static ContractColumn optional(String header, String name, ValueType type) {
    return new ContractColumn(header, name, type, false);
  }
}
