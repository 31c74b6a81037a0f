package uk.steppingstones.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The landing datasets as the source systems write them (inputs.md), in the pipeline's order. Kept
 * here as plain header names, because the landing contract classes carry Spark types and the
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
  private static final String CONTRACT =
      """
person: PersonID, Forename, Surname, Gender, DateOfBirth, FamilyID, MergedIntoPersonID
ss_involvement: InvolvementID, PersonID, StartDate, EndDate
lcs_form: FormID, PersonID, InvolvementID, FormType, StepStatus, CreatedDateTime, CompletedDateTime
lcs_form_answer: AnswerID, FormID, QuestionCode, Answer, AnsweredDateTime
fgc_referral: ReferralID, PersonID, ReferralDate, ReferringTeam, WorkspaceID, WorkspaceOpenedDate
fgc_meeting: MeetingID, WorkspaceID, MeetingDate, MeetingType, Stage, MeetingStatus
cla_episode: EpisodeID, PersonID, StartDate, EndDate, LegalStatus, PlacementType, ReasonNewEpisode, ReasonEpisodeCeased
cp_plan: PlanID, PersonID, StartDate, EndDate
cin_plan: PlanID, PersonID, StartDate, EndDate
plo: PLOID, PersonID, StartDate, EndDate, Outcome
team_allocation: AllocationID, PersonID, TeamName, StartDate, EndDate
team_group: TeamName, TeamGroup
placement_cost: PlacementCostID, PersonID, PlacementCategory, StartDate, EndDate, WeeklyCost
unit_cost: FinancialYear, PlacementCategory, WeeklyCost, CountsForSavings
savings_target: FinancialYear, Month, TargetAmount
""";

  static final Map<String, List<String>> OWN_COLUMNS = parse(CONTRACT);

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

  private static Map<String, List<String>> parse(String contract) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String line : contract.strip().split("\n")) {
      String[] nameAndColumns = line.split(":");
      m.put(nameAndColumns[0].strip(), List.of(nameAndColumns[1].strip().split(",\\s*")));
    }
    return Collections.unmodifiableMap(m);
  }
}
