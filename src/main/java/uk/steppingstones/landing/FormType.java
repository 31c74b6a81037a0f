package uk.steppingstones.landing;

import java.util.Arrays;
import java.util.List;

/** Stepping Stones form types (lcs_form.FormType) and the names the annual report uses. */
public enum FormType {
  SS_IC("Initial Consultations"),
  SS_RC("Review Consultations"),
  SS_SDM("Step Down Meetings"),
  SS_EVAL("Evaluation Meetings"),
  SS_CLOSE("Closure Record"),
  SS_GS("Group Supervisions"),
  SS_ASM("Adult Soft Measures"),
  SS_CSM("Child Soft Measures"),
  SS_TAF("Target Achievement Forms");

  private final String label;

  FormType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
