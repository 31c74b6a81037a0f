package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Social work teams: the team allocated to a child on a day, and a team's group.
 *
 * <p>The allocation on d is the team_allocation open on d with the latest StartDate, then the
 * larger AllocationID (compared as numbers when numeric); with none the team is
 * {@code Unallocated}. A team's group is looked up in team_group by name, ignoring case and
 * surrounding spaces; a team missing from team_group is {@code Other}. The team's name is kept as
 * the allocation (or referral) spells it.
 */
public final class Teams {
  private Teams() {}

  public static final String UNALLOCATED = "Unallocated";
  public static final String OTHER = "Other";
  public static final String UNKNOWN = "Unknown";

  /**
   * Adds {@code team_name} (the allocated team on the date in {@code dayColumn}, {@code Unallocated}
   * when none) to {@code rows}, which hold {@code person_id}.
   */
  public static Dataset<Row> allocatedOn(ReportInputs in, Dataset<Row> rows, String dayColumn) {
    Dataset<Row> days = rows.select(col("person_id").as("k_person"), col(dayColumn).as("k_day")).distinct();
    Dataset<Row> allocations =
        in.table("team_allocation")
            .select(col("person_id").as("a_person"), col("allocation_id").as("a_id"),
                col("team_name").as("a_team"), col("start_date").as("a_start"), col("end_date").as("a_end"));
    var latest =
        Window.partitionBy("k_person", "k_day")
            .orderBy(col("a_start").desc(), ReportColumns.idOrder(col("a_id")).desc());
    Dataset<Row> allocated =
        days.join(allocations,
                col("k_person").equalTo(col("a_person"))
                    .and(ReportColumns.openOn(col("a_start"), col("a_end"), col("k_day"))))
            .withColumn("rank", row_number().over(latest))
            .filter(col("rank").equalTo(1))
            .select(col("k_person"), col("k_day"), col("a_team"));
    return rows
        .join(allocated, col("person_id").equalTo(col("k_person")).and(col(dayColumn).equalTo(col("k_day"))), "left")
        .withColumn("team_name", coalesce(col("a_team"), lit(UNALLOCATED)))
        .drop("k_person", "k_day", "a_team");
  }

  /**
   * Adds {@code team_group} for the team in {@code team_name}: its group in team_group (name
   * matched ignoring case), {@code Other} when missing. {@code Unallocated} and {@code Unknown}
   * are their own group.
   */
  public static Dataset<Row> withGroup(ReportInputs in, Dataset<Row> rows) {
    // One group per name however it is cased: team_group's key is the name as written.
    var byName = Window.partitionBy("g_key").orderBy(col("team_name").asc(), col("team_group").asc());
    Dataset<Row> groups =
        in.table("team_group")
            .withColumn("g_key", matchKey(col("team_name")))
            .withColumn("rank", row_number().over(byName))
            .filter(col("rank").equalTo(1))
            .select(col("g_key"), col("team_group").as("g_group"));
    Column own = col("team_name").isin(UNALLOCATED, UNKNOWN);
    return rows
        .join(groups, matchKey(col("team_name")).equalTo(col("g_key")), "left")
        .withColumn("team_group", when(own, col("team_name")).otherwise(coalesce(col("g_group"), lit(OTHER))))
        .drop("g_key", "g_group");
  }

  private static Column matchKey(Column teamName) {
    return lower(trim(teamName));
  }
}
