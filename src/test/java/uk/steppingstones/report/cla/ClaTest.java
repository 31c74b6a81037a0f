package uk.steppingstones.report.cla;

import uk.steppingstones.report.ReportTest;

/** Shared column lists of the CLA / PLO tests. */
abstract class ClaTest extends ReportTest {
  static final String EPISODES = "episode_id|person_id|start_date|end_date|placement_type";
  static final String INVOLVEMENTS = "involvement_id|person_id|start_date|end_date";
  static final String PEOPLE = "person_id|date_of_birth|family_id";
}
