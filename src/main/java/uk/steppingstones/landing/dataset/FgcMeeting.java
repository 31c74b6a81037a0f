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
  protected String row() {
    return "meeting (MeetingID)";
  }

  @Override
  protected String about() {
    return "Family group conferences and family meetings, held or cancelled.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("MeetingID", "meeting_id", ID,
            "LCS meeting id."),
        required("WorkspaceID", "workspace_id", ID,
            "The FGC workspace the meeting belongs to."),
        required("MeetingDate", "meeting_date", DATE,
            "The day of the meeting."),
        required("MeetingType", "meeting_type", code(List.of("FGC", "FM")),
            "FGC (family group conference) or FM (family meeting)."),
        required("Stage", "stage", code(List.of("INITIAL", "REVIEW")),
            "INITIAL or REVIEW."),
        required("MeetingStatus", "meeting_status", code(List.of("HELD", "CANCELLED")),
            "HELD or CANCELLED; only held meetings count in the report."));
  }
}
