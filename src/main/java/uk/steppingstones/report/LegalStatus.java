package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Legal status on a day, by the hierarchy CLA > CP > CIN > Assessment: {@code CLA} if a
 * cla_episode is open on d, else {@code CP} if a cp_plan is open on d, else {@code CIN} if a
 * cin_plan is open on d, else {@code Assessment}. "Open" is {@link ReportColumns#openOn}, on the
 * records as of A.
 */
public final class LegalStatus {
  private LegalStatus() {}

  public static final String CLA = "CLA", CP = "CP", CIN = "CIN", ASSESSMENT = "Assessment";

  /** Every status, in the hierarchy's order. */
  public static final List<String> ALL = List.of(CLA, CP, CIN, ASSESSMENT);

  /** The conformed table whose open records give each status, in the hierarchy's order. */
  private static final List<String> SOURCES = List.of("cla_episode", "cp_plan", "cin_plan");

  /**
   * Adds {@code legal_status} to {@code rows}, read for the row's {@code person_id} on the date in
   * {@code dayColumn}.
   */
  public static Dataset<Row> onDay(ReportInputs in, Dataset<Row> rows, String dayColumn) {
    Dataset<Row> spells = null;
    for (int rank = 0; rank < SOURCES.size(); rank++) {
      Dataset<Row> s =
          in.table(SOURCES.get(rank))
              .select(col("person_id").as("s_person"), col("start_date").as("s_start"), col("end_date").as("s_end"),
                  lit(rank).as("s_rank"));
      spells = spells == null ? s : spells.unionByName(s);
    }
    Dataset<Row> days = rows.select(col("person_id").as("k_person"), col(dayColumn).as("k_day")).distinct();
    Dataset<Row> status =
        days.join(spells,
                col("k_person").equalTo(col("s_person"))
                    .and(ReportColumns.openOn(col("s_start"), col("s_end"), col("k_day"))),
                "left")
            .groupBy("k_person", "k_day")
            .agg(label(min(col("s_rank"))).as("legal_status"));
    return rows
        .join(status, col("person_id").equalTo(col("k_person")).and(col(dayColumn).equalTo(col("k_day"))), "left")
        .drop("k_person", "k_day");
  }

  /** The status of the highest-ranked open record; Assessment when none is open. */
  private static Column label(Column rank) {
    Column status = lit(ASSESSMENT);
    for (int r = SOURCES.size() - 1; r >= 0; r--) {
      status = when(rank.equalTo(r), lit(ALL.get(r))).otherwise(status);
    }
    return status;
  }
}
