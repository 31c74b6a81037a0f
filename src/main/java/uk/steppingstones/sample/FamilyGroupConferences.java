package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Family group conference referrals, workspaces and meetings. Children in pre-proceedings are
 * referred by {@link PublicLawOutline}; the rest of each year's referrals come from social work
 * teams for children on plans, a few looked-after children and Stepping Stones families.
 */
final class FamilyGroupConferences {
  /** Children referred at least once per FY (291 and 295 in the report's last two years). */
  private static final double[] CHILDREN_REFERRED = {190, 285, 291, 295};

  /** Share of meetings that are conferences rather than family meetings, by FY. */
  private static final double[] CONFERENCE_SHARE = {0.42, 0.45, 0.62, 0.45};

  private static final List<Integer> AGES = IntStream.range(0, 18).boxed().toList();

  private final Council council;
  private final Dice dice;
  private final List<Set<String>> referredByFy = new ArrayList<>();
  private final List<Child> referred = new ArrayList<>();

  FamilyGroupConferences(Council council, Dice dice) {
    this.council = council;
    this.dice = dice;
    for (int fy = 0; fy < Timeline.YEARS; fy++) referredByFy.add(new LinkedHashSet<>());
  }

  /** Fills each year up to its volume with referrals from teams. */
  void run() {
    for (int fy = 0; fy < Timeline.YEARS; fy++) {
      int target = council.scaled(CHILDREN_REFERRED[fy]);
      LocalDate from = fy == 0 ? Timeline.GO_LIVE : Timeline.fyStart(fy);
      while (referredByFy.get(fy).size() < target) {
        LocalDate day = dice.day(from, Timeline.fyEnd(fy));
        Child c = childToRefer(day);
        if (c != null) refer(c, day);
      }
    }
  }

  private Child childToRefer(LocalDate day) {
    double r = dice.uniform();
    if (r < 0.05 && !referred.isEmpty()) {
      Child again = dice.pick(referred);
      return again.ageOn(day) < 18 ? again : null;
    }
    if (r < 0.18) return steppingStonesChild(day);
    if (r < 0.26) return lookedAfterChild(day);
    Child c =
        council.people.newChild(
            council.people.newFamily(false),
            day,
            dice.weighted(AGES, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 4, 3, 2));
    LocalDate planStart =
        Timeline.latest(c.dateOfBirth.plusDays(1), day.minusDays(dice.between(10, 300)));
    LocalDate planEnd = day.plusDays(dice.between(60, 500));
    double plan = dice.uniform();
    if (plan < 0.62) council.plans.childProtection(c, planStart, planEnd);
    else if (plan < 0.87) council.plans.childInNeed(c, planStart, planEnd);
    return c;
  }

  private Child steppingStonesChild(LocalDate day) {
    for (int tries = 0; tries < 20 && !council.involvements.isEmpty(); tries++) {
      Involvement inv = dice.pick(council.involvements);
      if (inv.isOpenOn(day)) return inv.child;
    }
    return null;
  }

  private Child lookedAfterChild(LocalDate day) {
    List<Child> all = council.people.all();
    for (int tries = 0; tries < 40 && !all.isEmpty(); tries++) {
      Child c = dice.pick(all);
      if (c.inCareOn(day)) return c;
    }
    return null;
  }

  /** A referral of one child; for most, a workspace is opened and meetings follow. */
  void refer(Child c, LocalDate day) {
    if (day.isAfter(Timeline.AS_OF) || day.isBefore(Timeline.GO_LIVE)) return;
    int fy = Timeline.fy(day);
    referredByFy.get(fy).add(c.personId);
    referred.add(c);
    council.teams.allocate(c, day);
    Formats f = council.sources.formats();
    String team = dice.chance(0.04) ? "" : council.teams.teamOn(c, day);
    SourceRecord r =
        council.sources.add(
            SampleDatasets.FGC_REFERRAL,
            Recording.of(day, dice),
            Sources.row(
                "ReferralID", council.ids.next("referral"),
                "PersonID", c.personId,
                "ReferralDate", f.date(day),
                "ReferringTeam", team == null ? "" : team,
                "WorkspaceID", f.optionalId(null),
                "WorkspaceOpenedDate", f.optionalDate(null)));
    LocalDate opened = day.plusDays(dice.between(0, 21));
    if (!dice.chance(0.6) || opened.isAfter(Timeline.AS_OF)) return;
    String workspace = council.ids.next("workspace");
    council.sources.change(
        r,
        Recording.of(opened, dice),
        Sources.row("WorkspaceID", workspace, "WorkspaceOpenedDate", f.date(opened)));
    meetings(workspace, opened, fy);
  }

  private void meetings(String workspace, LocalDate opened, int fy) {
    String type = dice.chance(CONFERENCE_SHARE[fy]) ? "FGC" : "FM";
    LocalDate initial = opened.plusDays(dice.between(14, 60));
    boolean held = meeting(workspace, initial, type, "INITIAL");
    if (!held && dice.chance(0.7))
      held = meeting(workspace, initial.plusDays(dice.between(7, 21)), type, "INITIAL");
    if (held && dice.chance(0.65)) {
      meeting(
          workspace,
          initial.plusDays(dice.between(60, 120)),
          dice.chance(0.9) ? type : "FM",
          "REVIEW");
    }
  }

  /** Records one meeting if its day has come; returns whether it was held. */
  private boolean meeting(String workspace, LocalDate day, String type, String stage) {
    if (day.isAfter(Timeline.AS_OF)) return false;
    boolean held = dice.chance(0.88);
    Formats f = council.sources.formats();
    council.sources.add(
        SampleDatasets.FGC_MEETING,
        Recording.of(day, dice),
        Sources.row(
            "MeetingID",
            council.ids.next("meeting"),
            "WorkspaceID",
            workspace,
            "MeetingDate",
            f.date(day),
            "MeetingType",
            type,
            "Stage",
            stage,
            "MeetingStatus",
            held ? "HELD" : "CANCELLED"));
    return held;
  }
}
