package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** A looked-after episode, SSDA903 style (LCS FACT_CARE_EPISODES). */
public final class ClaEpisode extends DatasetContract {
  @Override
  public String name() {
    return "cla_episode";
  }

  @Override
  protected String row() {
    return "care episode (EpisodeID)";
  }

  @Override
  protected String about() {
    return "Looked-after episodes, SSDA903 style (LCS FACT_CARE_EPISODES). A child's episodes that follow one "
        + "another without a gap make a period of care; an episode open on a day makes the child CLA that day.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  private static final List<String> PLACEMENT_TYPES = List.of(
      "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
      "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");
  private static final List<String> CEASED_REASONS = List.of(
      "X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E4A", "E4B", "E41", "E45",
      "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9");

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("EpisodeID", "episode_id", ID,
            "LCS episode id."),
        required("PersonID", "person_id", ID,
            "The child (the surviving person after merges)."),
        required("StartDate", "start_date", DATE,
            "The day the episode started (903 DECOM)."),
        optional("EndDate", "end_date", DATE,
            "The day it ended (903 DEC); empty while open."),
        optional("LegalStatus", "legal_status", code(List.of(
            "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4")),
            "903 legal status code (C1, C2, D1, E1, J1-J3, L1-L3, V2-V4); not used by the report."),
        required("PlacementType", "placement_type", code(PLACEMENT_TYPES),
            "903 placement code; P1 is placed with own parents (a move to P1 within a period of care is a step "
                + "down)."),
        optional("ReasonNewEpisode", "reason_new_episode", code(List.of("S", "L", "P", "T", "B", "U")),
            "903 reason for new episode (RNE): S, L, P, T, B or U."),
        optional("ReasonEpisodeCeased", "reason_episode_ceased", code(CEASED_REASONS),
            "903 reason episode ceased (REC); X1 means a new episode starts the same day."));
  }
}
