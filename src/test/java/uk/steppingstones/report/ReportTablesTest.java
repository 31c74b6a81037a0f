package uk.steppingstones.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry holds exactly the report's tables, and each is empty without input. */
class ReportTablesTest extends ReportTest {
  /** The 26 tables of the annual report, plus claim_exceptions, plus the two data-quality tables. */
  private static final List<String> TABLES = List.of(
      "claim_savings", "monthly_savings", "savings_by_placement", "headline_summary", "claim_exceptions",
      "service_activity", "open_children_monthly", "legal_status_at_start", "allocated_team_at_start",
      "age_at_start", "supervision_timeliness", "involvement_duration_summary", "involvement_duration_bands",
      "forms_created", "planned_outcomes", "focus_counts", "closure_reasons",
      "fgc_referrals_monthly", "fgc_referrals_yearly", "fgc_referrals_by_team", "fgc_status_at_referral",
      "fgc_meetings",
      "plo_overlap", "cla_entry_with_ss", "cla_step_down", "cla_step_down_duration", "avoidance_step_up",
      "data_quality_nightly", "data_quality_reasons");

  @Test
  void everyTableOfTheReportIsRegisteredOnce() {
    assertEquals(TABLES, ReportTables.ALL.stream().map(ReportTable::name).toList());
  }

  @Test
  void noInputNoRows() {
    ReportInputs in = inputs();
    for (ReportTable t : ReportTables.ALL) {
      assertEquals(0, t.build(in).count(), t.name());
    }
  }
}
