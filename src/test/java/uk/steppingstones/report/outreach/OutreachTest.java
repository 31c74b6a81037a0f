package uk.steppingstones.report.outreach;

import uk.steppingstones.report.ReportTest;

/** Column lists of the outreach tests. */
abstract class OutreachTest extends ReportTest {
  static final String INVOLVEMENTS = "involvement_id|person_id|start_date|end_date";
  static final String PEOPLE = "person_id|gender|date_of_birth";
  static final String FORMS = "form_id|person_id|involvement_id|form_type|step_status|created_at";
  static final String PLANS = "plan_id|person_id|start_date|end_date";
}
