package uk.steppingstones.report.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;
import uk.steppingstones.report.ReportTest;

class FormsRegistryTest extends ReportTest {
  private static final List<String> OURS =
      List.of("forms_created", "planned_outcomes", "focus_counts", "closure_reasons");

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
