package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.RowRule;

/** A Stepping Stones involvement: from the accepted initial consultation to closure. */
public final class SsInvolvement extends DatasetContract {
  @Override
  public String name() {
    return "ss_involvement";
  }

  @Override
  protected String row() {
    return "involvement (InvolvementID)";
  }

  @Override
  protected String about() {
    return "Stepping Stones involvements (interventions): an involvement starts when an initial consultation is "
        + "accepted and ends when the case closes. A record whose EndDate is before its StartDate is quarantined.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("InvolvementID", "involvement_id", ID,
            "LCS involvement id."),
        required("PersonID", "person_id", ID,
            "The child (the surviving person after merges)."),
        required("StartDate", "start_date", DATE,
            "The day the involvement started."),
        optional("EndDate", "end_date", DATE,
            "The day it ended; empty while open. An EndDate after the as-of date reads as open in the report."));
  }

  @Override
  public List<RowRule> rowRules() {
    return List.of(
        new RowRule("EndDate", "EndDate before StartDate",
            v -> v.apply("end_date").lt(v.apply("start_date"))));
  }
}
