package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** A family group conference or family meeting. */
public final class FgcMeeting extends DatasetContract {
  @Override
  public String name() {
    return "fgc_meeting";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("MeetingID", "meeting_id", ID),
        required("WorkspaceID", "workspace_id", ID),
        required("MeetingDate", "meeting_date", DATE),
        required("MeetingType", "meeting_type", code(List.of("FGC", "FM"))),
        required("Stage", "stage", code(List.of("INITIAL", "REVIEW"))),
        required("MeetingStatus", "meeting_status", code(List.of("HELD", "CANCELLED"))));
  }
}
