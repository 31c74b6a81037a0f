package uk.steppingstones.report;

import java.util.List;

/** The registry of gold tables the nightly job builds and exports. */
public final class ReportTables {
  private ReportTables() {}

  public static final List<ReportTable> ALL = List.of(
      new uk.steppingstones.report.involvement.InvolvementDurationSummary(),
      new uk.steppingstones.report.involvement.InvolvementDurationBands(),
      new uk.steppingstones.report.cla.PloOverlap(),
      new uk.steppingstones.report.cla.ClaEntryWithSs(),
      new uk.steppingstones.report.cla.ClaStepDown(),
      new uk.steppingstones.report.cla.ClaStepDownDuration(),
      new uk.steppingstones.report.cla.AvoidanceStepUp());
}
