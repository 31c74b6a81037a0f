package uk.steppingstones.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The landing datasets as the source systems write them (inputs.md), in the pipeline's order.
 * Kept here as plain header names, because the landing contract classes carry Spark types and the
 * generator runs without Spark; SampleGeneratorTest checks the two agree.
 */
final class SampleDatasets {
  private SampleDatasets() {}

  static final String LAST_MODIFIED = "LastModified";
  static final String DELETED = "Deleted";

  static final String PERSON = "person";
  static final String SS_INVOLVEMENT = "ss_involvement";
  static final String LCS_FORM = "lcs_form";
  static final String LCS_FORM_ANSWER = "lcs_form_answer";
  static final String FGC_REFERRAL = "fgc_referral";
  static final String FGC_MEETING = "fgc_meeting";
  static final String CLA_EPISODE = "cla_episode";
  static final String CP_PLAN = "cp_plan";
  static final String CIN_PLAN = "cin_plan";
  static final String PLO = "plo";
  static final String TEAM_ALLOCATION = "team_allocation";
  static final String TEAM_GROUP = "team_group";
  static final String PLACEMENT_COST = "placement_cost";
  static final String UNIT_COST = "unit_cost";
  static final String SAVINGS_TARGET = "savings_target";

  /** Each dataset's own columns, key first, as inputs.md lists them (person with its names). */
  static final Map<String, List<String>> OWN_COLUMNS = columns(
      PERSON, List.of("PersonID", "Forename", "Surname", "Gender", "DateOfBirth", "FamilyID", "MergedIntoPersonID"),
      SS_INVOLVEMENT, List.of("InvolvementID", "PersonID", "StartDate", "EndDate"),
      LCS_FORM, List.of("FormID", "PersonID", "InvolvementID", "FormType", "StepStatus", "CreatedDateTime", "CompletedDateTime"),
      LCS_FORM_ANSWER, List.of("AnswerID", "FormID", "QuestionCode", "Answer", "AnsweredDateTime"),
      FGC_REFERRAL, List.of("ReferralID", "PersonID", "ReferralDate", "ReferringTeam", "WorkspaceID", "WorkspaceOpenedDate"),
      FGC_MEETING, List.of("MeetingID", "WorkspaceID", "MeetingDate", "MeetingType", "Stage", "MeetingStatus"),
      CLA_EPISODE, List.of("EpisodeID", "PersonID", "StartDate", "EndDate", "LegalStatus", "PlacementType", "ReasonNewEpisode", "ReasonEpisodeCeased"),
      CP_PLAN, List.of("PlanID", "PersonID", "StartDate", "EndDate"),
      CIN_PLAN, List.of("PlanID", "PersonID", "StartDate", "EndDate"),
      PLO, List.of("PLOID", "PersonID", "StartDate", "EndDate", "Outcome"),
      TEAM_ALLOCATION, List.of("AllocationID", "PersonID", "TeamName", "StartDate", "EndDate"),
      TEAM_GROUP, List.of("TeamName", "TeamGroup"),
      PLACEMENT_COST, List.of("PlacementCostID", "PersonID", "PlacementCategory", "StartDate", "EndDate", "WeeklyCost"),
      UNIT_COST, List.of("FinancialYear", "PlacementCategory", "WeeklyCost", "CountsForSavings"),
      SAVINGS_TARGET, List.of("FinancialYear", "Month", "TargetAmount"));

  /** Datasets from the finance system: they only arrive when finance has changed something. */
  static final List<String> FINANCE = List.of(PLACEMENT_COST, UNIT_COST, SAVINGS_TARGET);

  static List<String> names() {
    return List.copyOf(OWN_COLUMNS.keySet());
  }

  /** The full header of an extract: own columns, then LastModified and Deleted. */
  static List<String> header(String dataset) {
    List<String> h = new ArrayList<>(OWN_COLUMNS.get(dataset));
    h.add(LAST_MODIFIED);
    h.add(DELETED);
    return h;
  }

  /** Business key columns: the first column, except the finance reference tables. */
  static List<String> key(String dataset) {
    return switch (dataset) {
      case UNIT_COST -> List.of("FinancialYear", "PlacementCategory");
      case SAVINGS_TARGET -> List.of("FinancialYear", "Month");
      default -> List.of(OWN_COLUMNS.get(dataset).get(0));
    };
  }

  private static Map<String, List<String>> columns(Object... nameThenColumns) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenColumns.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> cols = (List<String>) nameThenColumns[i + 1];
      m.put((String) nameThenColumns[i], cols);
    }
    return Collections.unmodifiableMap(m);
  }
}
