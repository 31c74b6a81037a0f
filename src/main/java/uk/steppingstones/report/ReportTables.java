package uk.steppingstones.report;

import java.util.List;
import uk.steppingstones.report.cla.AvoidanceStepUp;
import uk.steppingstones.report.cla.ClaEntryWithSs;
import uk.steppingstones.report.cla.ClaStepDown;
import uk.steppingstones.report.cla.ClaStepDownDuration;
import uk.steppingstones.report.cla.PloOverlap;
import uk.steppingstones.report.fgc.FgcMeetings;
import uk.steppingstones.report.fgc.FgcReferralsByTeam;
import uk.steppingstones.report.fgc.FgcReferralsMonthly;
import uk.steppingstones.report.fgc.FgcReferralsYearly;
import uk.steppingstones.report.fgc.FgcStatusAtReferral;
import uk.steppingstones.report.finance.ClaimExceptions;
import uk.steppingstones.report.finance.ClaimSavings;
import uk.steppingstones.report.finance.HeadlineSummary;
import uk.steppingstones.report.finance.MonthlySavings;
import uk.steppingstones.report.finance.SavingsByPlacement;
import uk.steppingstones.report.forms.ClosureReasons;
import uk.steppingstones.report.forms.FocusCounts;
import uk.steppingstones.report.forms.FormsCreated;
import uk.steppingstones.report.forms.PlannedOutcomes;
import uk.steppingstones.report.involvement.InvolvementDurationBands;
import uk.steppingstones.report.involvement.InvolvementDurationSummary;
import uk.steppingstones.report.outreach.AgeAtStart;
import uk.steppingstones.report.outreach.AllocatedTeamAtStart;
import uk.steppingstones.report.outreach.LegalStatusAtStart;
import uk.steppingstones.report.outreach.OpenChildrenMonthly;
import uk.steppingstones.report.outreach.ServiceActivity;
import uk.steppingstones.report.outreach.SupervisionTimeliness;
import uk.steppingstones.report.quality.DataQualityNightly;
import uk.steppingstones.report.quality.DataQualityReasons;

/** The registry of gold tables the nightly job builds and exports: one line per table. */
public final class ReportTables {
  private ReportTables() {}

  public static final List<ReportTable> ALL =
      List.of(
          // Finance
          new ClaimSavings(),
          new MonthlySavings(),
          new SavingsByPlacement(),
          new HeadlineSummary(),
          new ClaimExceptions(),
          // Outreach activity and involvements
          new ServiceActivity(),
          new OpenChildrenMonthly(),
          new LegalStatusAtStart(),
          new AllocatedTeamAtStart(),
          new AgeAtStart(),
          new SupervisionTimeliness(),
          new InvolvementDurationSummary(),
          new InvolvementDurationBands(),
          // Forms, outcomes and focuses
          new FormsCreated(),
          new PlannedOutcomes(),
          new FocusCounts(),
          new ClosureReasons(),
          // Family group conferences
          new FgcReferralsMonthly(),
          new FgcReferralsYearly(),
          new FgcReferralsByTeam(),
          new FgcStatusAtReferral(),
          new FgcMeetings(),
          // Children looked after and PLO
          new PloOverlap(),
          new ClaEntryWithSs(),
          new ClaStepDown(),
          new ClaStepDownDuration(),
          new AvoidanceStepUp(),
          // Data quality of the nights' files, for the data owners (built from the ops tables)
          new DataQualityNightly(),
          new DataQualityReasons());
}
