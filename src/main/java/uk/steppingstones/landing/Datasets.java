package uk.steppingstones.landing;

import java.util.List;
import java.util.Optional;
import uk.steppingstones.landing.dataset.*;

/**
 * The registry of landing datasets. A new extract is one class in {@code landing.dataset} and
 * one line here. Order matters: person comes first, because every other dataset is re-pointed
 * to the surviving person of a merge.
 */
public final class Datasets {
  private Datasets() {}

  public static final List<DatasetContract> ALL =
      List.of(
          new Person(),
          new SsInvolvement(),
          new LcsForm(),
          new LcsFormAnswer(),
          new FgcReferral(),
          new FgcMeeting(),
          new ClaEpisode(),
          new CpPlan(),
          new CinPlan(),
          new Plo(),
          new TeamAllocation(),
          new TeamGroup(),
          new PlacementCost(),
          new UnitCost(),
          new SavingsTarget());

  public static Optional<DatasetContract> named(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public static DatasetContract get(String name) {
    return named(name).orElseThrow(() -> new IllegalArgumentException("no dataset " + name));
  }
}
