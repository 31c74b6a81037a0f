package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** Public Law Outline pre-proceedings. */
public final class Plo extends DatasetContract {
  @Override
  public String name() {
    return "plo";
  }

  @Override
  protected String row() {
    return "PLO (PLOID), pre-proceedings under the Public Law Outline";
  }

  @Override
  protected String about() {
    return "Public Law Outline pre-proceedings, the stage before care proceedings, which plo_overlap sets against "
        + "Stepping Stones involvements.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PLOID", "plo_id", ID,
            "LCS PLO id."),
        required("PersonID", "person_id", ID,
            "The child (the surviving person after merges)."),
        required("StartDate", "start_date", DATE,
            "The day pre-proceedings began."),
        optional("EndDate", "end_date", DATE,
            "The day they ended; empty while open."),
        optional("Outcome", "outcome", TEXT,
            "Issue or StepDown, as written; not used by the report."));
  }
}
