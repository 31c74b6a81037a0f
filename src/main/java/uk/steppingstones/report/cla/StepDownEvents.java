package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.report.Detail.figure;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import uk.steppingstones.common.FinancialYear;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;

/**
 * Step-down events (outputs.md, "Children looked after (CLA) and PLO"): the end of a period of
 * care (ceased to be looked after; event date = the period's EndDate) and a move to P1 (an episode
 * with PlacementType P1 whose previous episode in the same period is not P1; event date = its
 * StartDate). A P1 episode that opens a period is an entry, not a move.
 *
 * <p>Events on or after the cut-off day, date of birth plus 18 years minus 1 month (in that order:
 * 29 Feb 2008 gives 28 Feb 2026, then 28 Jan 2026), do not count; the day before counts. Readings:
 * a child with no person row (so no date of birth) keeps their events, as nothing shows them to be
 * near 18. Only events on or before A. A child's first event in an FY is the earliest, then the
 * one of the earlier period.
 */
public final class StepDownEvents {
  private StepDownEvents() {}

  public static final String CEASED = "ceased";
  public static final String MOVE_TO_P1 = "move_to_p1";

  /** The date of an event (its episode is the record in the detail tables), in words. */
  public static final String DATED = "the child's first step-down event in the year: the period's EndDate for "
      + "the period's last episode (ceased to be looked after), the StartDate of a move to P1";

  /** The 18th-birthday cut-off day: DOB + 18 years - 1 month. */
  public static Column cutOff(Column dateOfBirth) {
    return add_months(add_months(dateOfBirth, 18 * 12), -1);
  }

  /**
   * Every counted event: {@code person_id, period_no, period_start, event_date, event_kind} and
   * {@code episode_id}, the episode that makes it (a period's last episode for its end, the P1
   * episode for a move).
   */
  public static Dataset<Row> of(ReportInputs in) {
    Dataset<Row> periods = PeriodsOfCare.of(in);
    Dataset<Row> episodes = PeriodsOfCare.episodes(in);
    return in.shared("cla_step_down_events", () -> {
      Dataset<Row> ceased =
          periods
              .filter(col("period_end").isNotNull())
              .select(
                  col("person_id"), col("period_no"), col("period_start"),
                  col("period_end").as("event_date"), lit(CEASED).as("event_kind"),
                  col("last_episode_id").as("episode_id"));
      Dataset<Row> movesToP1 =
          episodes
              .filter(
                  col("placement_type").equalTo("P1")
                      .and(not(col("opens_period")))
                      .and(not(col("previous_placement_type").eqNullSafe("P1"))))
              .select(
                  col("person_id"), col("period_no"), col("period_start"),
                  col("start_date").as("event_date"), lit(MOVE_TO_P1).as("event_kind"), col("episode_id"));
      Dataset<Row> births =
          in.table("person").select(col("person_id").as("p_id"), col("date_of_birth"));
      Dataset<Row> events = ceased.unionByName(movesToP1);
      return events
          .join(births, events.col("person_id").equalTo(births.col("p_id")), "left")
          .filter(col("event_date").leq(in.asOfDate()))
          .filter(col("date_of_birth").isNull().or(col("event_date").lt(cutOff(col("date_of_birth")))))
          .select("person_id", "period_no", "period_start", "event_date", "event_kind", "episode_id");
    });
  }

  /**
   * Each child's first event in each FY of an event, with {@code financial_year}, and
   * {@code with_ss} and {@code ss_involvement_id}: an involvement open on that event's date.
   */
  public static Dataset<Row> firstInYear(ReportInputs in) {
    Dataset<Row> events = of(in);
    return in.shared("cla_first_step_down_in_fy", () -> {
      var first =
          Window.partitionBy("person_id", "financial_year")
              .orderBy(col("event_date").asc(), col("period_no").asc(), col("event_kind").asc());
      Dataset<Row> firsts =
          events
              .withColumn("financial_year", FinancialYear.of(col("event_date")))
              .withColumn("rank", row_number().over(first))
              .filter(col("rank").equalTo(1))
              .drop("rank");
      return Involvements.withSs(in, firsts, "event_date");
    });
  }
}
