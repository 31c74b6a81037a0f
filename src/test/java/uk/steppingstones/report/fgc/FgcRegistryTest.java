package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

class FgcRegistryTest extends FgcTest {
  private static final List<String> OURS = List.of(
      "fgc_referrals_monthly", "fgc_referrals_yearly", "fgc_referrals_by_team", "fgc_status_at_referral",
      "fgc_meetings");

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
