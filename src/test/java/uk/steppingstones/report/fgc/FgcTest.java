package uk.steppingstones.report.fgc;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.ReportTest;

/** Shared column lists of the FGC tests. */
abstract class FgcTest extends ReportTest {
  static final String REFERRALS = "referral_id|person_id|referral_date|referring_team|workspace_id|workspace_opened_date";
  static final String MEETINGS = "meeting_id|workspace_id|meeting_date|meeting_type|stage|meeting_status";
  static final String EPISODES = "episode_id|person_id|start_date|end_date|placement_type";
  static final String PLANS = "plan_id|person_id|start_date|end_date";
  static final String TEAM_GROUPS = "team_name|team_group";

  static Dataset<Row> referrals(String... rows) {
    return conformed("fgc_referral", REFERRALS, rows);
  }

  /** The values of one column, in the table's row order. */
  static List<String> column(Dataset<Row> table, String name) {
    return table.select(name).collectAsList().stream().map(r -> String.valueOf(r.get(0))).toList();
  }
}
