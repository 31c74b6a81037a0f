package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * Allocated social work teams. Allocations are collected while the simulation runs (a later step
 * may need a child allocated earlier than first thought) and written once at the end.
 */
final class Teams {
  /** A team, its group in the analysts' list (null: missing from team_group), weight by FY. */
  record Team(String name, String group, double... weightByFy) {}

  static final List<Team> TEAMS =
      List.of(
          new Team("Assessment Team North", "Assessment", 60, 62, 68, 50),
          new Team("Assessment Team South", "Assessment", 30, 30, 34, 33),
          new Team("Assessment Team Central", "Assessment", 22, 22, 24, 26),
          new Team("Case Management Team Central North", "Case Management", 12, 13, 15, 39),
          new Team("Case Management Team Northwest", "Case Management", 30, 33, 36, 13),
          new Team("Case Management Team South", "Case Management", 24, 25, 28, 32),
          new Team("Case Management Team East", "Case Management", 20, 21, 22, 28),
          new Team("CLA Permanency Team", "CLA Permanency", 28, 30, 32, 22),
          new Team("Disabled Children's Team", "Disabled Children's Team", 14, 15, 16, 8),
          new Team("Early Help North", "Early Help", 9, 10, 12, 15),
          new Team("Early Help South", "Early Help", 7, 8, 10, 12),
          // Not in the analysts' list: reported under 'Other'.
          new Team("Pathways Team", null, 4, 4, 5, 5));

  /** One allocation of a child to a team; end null while open. */
  static final class Allocation {
    final String team;
    LocalDate start;
    LocalDate end;

    Allocation(String team, LocalDate start) {
      this.team = team;
      this.start = start;
    }
  }

  private final Sources sources;
  private final Ids ids;
  private final Dice dice;

  Teams(Sources sources, Ids ids, Dice dice) {
    this.sources = sources;
    this.ids = ids;
    this.dice = dice;
  }

  String pickTeam(LocalDate on) {
    int fy = Math.max(0, Math.min(Timeline.YEARS - 1, Timeline.fy(on)));
    double[] w = TEAMS.stream().mapToDouble(t -> t.weightByFy()[fy]).toArray();
    return dice.weighted(TEAMS, w).name();
  }

  /**
   * Makes sure the child has a team on {@code d} (most of the time: a few children are only
   * allocated days after the date, as happens while a case transfers).
   */
  void allocate(Child c, LocalDate d) {
    if (teamOn(c, d) != null) return;
    if (!c.allocations.isEmpty()) {
      Allocation first = c.allocations.get(0);
      if (d.isBefore(first.start) && dice.chance(0.9)) first.start = earliestStart(c, d);
      return;
    }
    LocalDate start = dice.chance(0.05) ? d.plusDays(dice.between(1, 20)) : earliestStart(c, d);
    if (start.isAfter(Timeline.AS_OF)) return;
    c.allocations.add(new Allocation(pickTeam(d), start));
  }

  String teamOn(Child c, LocalDate d) {
    for (Allocation a : c.allocations) {
      if (!d.isBefore(a.start) && (a.end == null || !d.isAfter(a.end))) return a.team;
    }
    return null;
  }

  private LocalDate earliestStart(Child c, LocalDate d) {
    return Timeline.latest(c.dateOfBirth, d.minusDays(dice.between(7, 300)));
  }

  /** Writes every child's allocations, with a transfer to a new team for some, and team_group. */
  void write(List<Child> children) {
    for (Child c : children) {
      if (c.allocations.size() == 1 && dice.chance(0.3)) transfer(c, c.allocations.get(0));
      for (Allocation a : c.allocations) writeAllocation(c, a);
    }
    writeTeamGroups();
  }

  private void transfer(Child c, Allocation a) {
    LocalDate on = a.start.plusDays(dice.between(120, 1200));
    // Transfers happen later than any date the simulation asked a team for.
    LocalDate lastNeeded =
        c.involvements.stream().map(i -> i.start).max(LocalDate::compareTo).orElse(a.start);
    if (!on.isAfter(lastNeeded) || !on.isBefore(Timeline.AS_OF)) return;
    a.end = on.minusDays(1);
    String team = pickTeam(on);
    if (!team.equals(a.team)) c.allocations.add(new Allocation(team, on));
    else a.end = null;
  }

  private void writeAllocation(Child c, Allocation a) {
    Formats f = sources.formats();
    SourceRecord r =
        sources.add(
            SampleDatasets.TEAM_ALLOCATION,
            Timeline.officeHours(a.start, dice),
            Sources.row(
                "AllocationID", ids.next("allocation"),
                "PersonID", c.personId,
                "TeamName", a.team,
                "StartDate", f.date(a.start),
                "EndDate", f.optionalDate(null)));
    if (a.end != null) {
      sources.change(r, Timeline.officeHours(a.end, dice), Sources.row("EndDate", f.date(a.end)));
    }
  }

  private void writeTeamGroups() {
    var at = Timeline.officeHours(Timeline.GO_LIVE.minusDays(30), dice);
    for (Team t : TEAMS) {
      if (t.group() == null) continue;
      // Analysts type the list by hand: one name in capitals, still the same team.
      String name = t.name().equals("CLA Permanency Team") ? t.name().toUpperCase() : t.name();
      sources.add(
          SampleDatasets.TEAM_GROUP, at, Sources.row("TeamName", name, "TeamGroup", t.group()));
    }
  }
}
