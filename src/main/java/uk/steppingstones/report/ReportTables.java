package uk.steppingstones.report;

import java.util.List;

/** The registry of gold tables the nightly job builds and exports. */
public final class ReportTables {
  private ReportTables() {}

  public static final List<ReportTable> ALL = List.of();
}
