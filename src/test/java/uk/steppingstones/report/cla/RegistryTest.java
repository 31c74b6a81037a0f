package uk.steppingstones.report.cla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

class RegistryTest extends ClaTest {
  private static final List<String> OURS = List.of(
      "involvement_duration_summary", "involvement_duration_bands", "plo_overlap", "cla_entry_with_ss",
      "cla_step_down", "cla_step_down_duration", "avoidance_step_up");

  @Test
  void everyTableIsRegistered() {
    List<String> names = ReportTables.ALL.stream().map(ReportTable::name).toList();
    assertTrue(names.containsAll(OURS), () -> "registered: " + names);
  }

  @Test
  void noInputNoRows() {
    var in = inputs();
    for (ReportTable t : ReportTables.ALL) {
      if (OURS.contains(t.name())) {
        assertEquals(0, t.build(in).count(), t.name());
      }
    }
  }
}
