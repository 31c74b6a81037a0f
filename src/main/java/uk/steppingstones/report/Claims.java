package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Claims (outputs.md, "Finance"): completed SS_TAF forms with ClaimType and EventDate answered and
 * EventDate on or before A. Two claims of one child with the same ClaimType and EventDate are one
 * claim: the earliest CreatedDateTime is kept (then the smaller FormID), the others are
 * duplicates.
 */
public final class Claims {
  private Claims() {}

  /** Every claim, with {@code is_duplicate}; the columns of target_achievement_claim. */
  public static Dataset<Row> all(ReportInputs in) {
    return in.shared("claims", () -> {
      Dataset<Row> claims =
          in.table("target_achievement_claim")
              .filter(col("step_status").equalTo("C"))
              .filter(col("claim_type").isNotNull().and(col("event_date").isNotNull()))
              .filter(col("event_date").leq(in.asOfDate()));
      var sameClaim = Window.partitionBy("person_id", "claim_type", "event_date")
          .orderBy(col("created_at").asc(), ReportColumns.idOrder(col("form_id")).asc());
      return claims.withColumn("is_duplicate", row_number().over(sameClaim).gt(1));
    });
  }

  /** The kept (de-duplicated) claims. */
  public static Dataset<Row> kept(ReportInputs in) {
    return all(in).filter(not(col("is_duplicate"))).drop("is_duplicate");
  }
}
