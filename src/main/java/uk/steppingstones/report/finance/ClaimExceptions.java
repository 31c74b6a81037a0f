package uk.steppingstones.report.finance;

import static org.apache.spark.sql.functions.*;
import static uk.steppingstones.common.ColumnDoc.key;
import static uk.steppingstones.common.ColumnDoc.value;
import static uk.steppingstones.report.ReportDocs.CHILD_KEY;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.report.Detail;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.Claims;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;

/**
 * {@code claim_exceptions} (an added table): the claims outputs.md says are "reported". One row per
 * form and issue:
 *
 * <ul>
 *   <li>{@code duplicate}: a claim of the same child, ClaimType and EventDate as a kept one; detail
 *       names the kept form. It carries no money.
 *   <li>{@code missing category}: a kept claim lacking a category it needs; detail names the
 *       unanswered question(s).
 *   <li>{@code no cost found}: a kept claim whose needed cost is in neither placement_cost nor
 *       unit_cost; detail names the question(s) and category.
 *   <li>{@code not a claim}: a completed SS_TAF (created by A) without ClaimType or EventDate; not a
 *       claim, listed so it can be corrected. A completed SS_TAF with an EventDate after A is not
 *       listed (it becomes a claim once A reaches it).
 * </ul>
 *
 * Columns: form_id, child_key, claim_type (report wording), event_date, issue, detail.
 */
public final class ClaimExceptions implements ReportTable {
  @Override
  public String name() {
    return "claim_exceptions";
  }

  @Override
  public TableDoc doc() {
    return TableDoc.of(
        "form and issue: a claim the finance figures leave out or cannot price, or a completed SS_TAF that is not "
            + "a claim",
        "The claims to correct in LCS. 'duplicate': a second claim of the same child, ClaimType and EventDate as a "
            + "kept one (the earliest created is kept); it carries no money and no child. 'missing category': a kept "
            + "claim lacking a category its type needs (Step Down: PlacementFrom and PlacementTo; Cost Avoidance: "
            + "PlacementAvoided; Avoidance of Increased Cost: PlacementAvoided and PlacementFrom). 'no cost found': a "
            + "kept claim whose needed cost is in neither placement_cost nor unit_cost. Both keep their children in "
            + "the finance tables with amount 0.00. 'not a claim': a completed SS_TAF created by the as-of date "
            + "without ClaimType or EventDate. A form with an EventDate after the as-of date is not listed: it is a "
            + "claim once the as-of date reaches it.",
        key("form_id", "LCS FormID of the SS_TAF form."),
        CHILD_KEY,
        value("claim_type", "Step Down, Cost Avoidance or Avoidance of Increased Cost; empty when unanswered."),
        value("event_date", "The form's EventDate; empty when unanswered."),
        key("issue", "duplicate, missing category, no cost found or not a claim."),
        value("detail", "What to correct: the kept form a duplicate repeats, the unanswered question(s), or the "
            + "question(s) and category without a cost."));
  }

  /** The table lists claims itself and counts nothing: its detail is always empty. */
  @Override
  public Detail detail(ReportInputs in) {
    return Detail.of(build(in));
  }

  @Override
  public Dataset<Row> build(ReportInputs in) {
    Dataset<Row> all = Claims.all(in);
    Dataset<Row> kept =
        all.filter(not(col("is_duplicate")))
            .select(
                col("person_id").as("k_person_id"),
                col("claim_type").as("k_claim_type"),
                col("event_date").as("k_event_date"),
                col("form_id").as("k_form_id"));
    Dataset<Row> duplicates =
        all.filter(col("is_duplicate"))
            .join(
                kept,
                col("person_id").equalTo(col("k_person_id"))
                    .and(col("claim_type").equalTo(col("k_claim_type")))
                    .and(col("event_date").equalTo(col("k_event_date"))))
            .select(
                col("form_id"),
                col("person_id"),
                col("claim_type"),
                col("event_date"),
                lit("duplicate").as("issue"),
                concat(lit("duplicate of form "), col("k_form_id")).as("detail"));

    Dataset<Row> noMoney =
        FinanceClaims.claims(in)
            .filter(col("issue").isNotNull())
            .select(col("form_id"), col("person_id"), col("claim_type"), col("event_date"), col("issue"), col("detail"));

    Column type = col("claim_type");
    Column event = col("event_date");
    Dataset<Row> notClaims =
        in.table("target_achievement_claim")
            .filter(col("step_status").equalTo("C"))
            .filter(type.isNull().or(event.isNull()))
            .select(
                col("form_id"),
                col("person_id"),
                type,
                event,
                lit("not a claim").as("issue"),
                when(type.isNull().and(event.isNull()), lit("unanswered: ClaimType, EventDate"))
                    .when(type.isNull(), lit("unanswered: ClaimType"))
                    .otherwise(lit("unanswered: EventDate"))
                    .as("detail"));

    return duplicates
        .unionByName(noMoney)
        .unionByName(notClaims)
        .select(
            col("form_id"),
            in.childKey(col("person_id")).as("child_key"),
            FinanceClaims.claimTypeLabel(col("claim_type")).as("claim_type"),
            col("event_date").cast("date").as("event_date"),
            col("issue"),
            col("detail"));
  }
}
