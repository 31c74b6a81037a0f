package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import uk.steppingstones.report.ReportColumns;
import uk.steppingstones.report.ReportInputs;

/**
 * Periods of care (outputs.md, "Children looked after (CLA) and PLO"): per child, cla_episodes in
 * (StartDate, EpisodeID) order; an episode starts a new period when it is the first or its
 * StartDate is after the previous episode's EndDate. A period starts at its first StartDate and
 * ends at its last episode's EndDate (open when that has no value).
 *
 * <p>Readings: "previous episode" is the one just before in (StartDate, EpisodeID) order, EpisodeID
 * compared as a number when numeric ({@link ReportColumns#idOrder}); an open previous episode
 * never starts a new period; only the previous episode's EndDate is compared (an episode nested in
 * a longer one is not looked through). An episode starting the day after the previous one ended is
 * after it, so it starts a new period; one starting on that EndDate does not. Episodes are seen as
 * of A ({@link ReportInputs}): those starting after A are gone and an EndDate after A is open.
 */
public final class PeriodsOfCare {
  private PeriodsOfCare() {}

  private static WindowSpec childOrder() {
    return Window.partitionBy("person_id")
        .orderBy(col("start_date").asc(), ReportColumns.idOrder(col("episode_id")).asc());
  }

  /**
   * Every episode with {@code period_no} (1, 2, ... per child), {@code opens_period},
   * {@code previous_placement_type} (of the episode just before, any period) and the period's
   * {@code period_start} and {@code period_end}, and the EpisodeIDs of its first and last episodes
   * ({@code first_episode_id}, {@code last_episode_id}: the records named in the detail tables).
   */
  public static Dataset<Row> episodes(ReportInputs in) {
    return in.shared("cla_episodes_in_periods", () -> {
      WindowSpec order = childOrder();
      Column previousEnd = lag(col("end_date"), 1).over(order);
      Column opens =
          row_number().over(order).equalTo(1)
              .or(previousEnd.isNotNull().and(col("start_date").gt(previousEnd)));
      Dataset<Row> numbered =
          in.table("cla_episode")
              .select("episode_id", "person_id", "start_date", "end_date", "placement_type")
              .withColumn("opens_period", opens)
              .withColumn("previous_placement_type", lag(col("placement_type"), 1).over(order))
              .withColumn(
                  "period_no",
                  sum(when(col("opens_period"), 1).otherwise(0))
                      .over(order.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
      WindowSpec period =
          Window.partitionBy("person_id", "period_no")
              .orderBy(col("start_date").asc(), ReportColumns.idOrder(col("episode_id")).asc())
              .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
      return numbered
          .withColumn("period_start", first(col("start_date")).over(period))
          .withColumn("period_end", last(col("end_date"), false).over(period))
          .withColumn("first_episode_id", first(col("episode_id")).over(period))
          .withColumn("last_episode_id", last(col("episode_id"), false).over(period));
    });
  }

  /**
   * One row per period: {@code person_id, period_no, period_start, period_end} (null = open),
   * {@code first_episode_id, last_episode_id}.
   */
  public static Dataset<Row> of(ReportInputs in) {
    Dataset<Row> episodes = episodes(in);
    return in.shared("cla_periods", () ->
        episodes
            .filter(col("opens_period"))
            .select("person_id", "period_no", "period_start", "period_end", "first_episode_id", "last_episode_id"));
  }
}
