package uk.steppingstones.landing;

import java.util.Arrays;
import java.util.List;

/**
 * Placement categories on the money side (finance). {@code HOME} and {@code INDEP} are not
 * categories but places a child can step down to; they cost nothing.
 */
public enum PlacementCategory {
  EXTRES("External Residential"),
  INTRES("Internal Residential"),
  EXTFOST("External Fostering"),
  INTFOST("Internal Fostering"),
  SUPPACC("Supported Accommodation"),
  PACRES("Parent and Child Residential");

  /** Step-down destinations that are not placements: birth or connected family, independence. */
  public static final List<String> NO_COST_DESTINATIONS = List.of("HOME", "INDEP");

  private final String label;

  PlacementCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
