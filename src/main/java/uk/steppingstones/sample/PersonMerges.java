package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.steppingstones.landing.FormType;

/**
 * LCS person merges: a duplicate person record is merged into another (MergedIntoPersonID), and
 * records of other datasets still name the duplicate. Planted: a chain A -> B -> C and a cycle X ->
 * Y -> X arriving in the change extracts, and three settled one-step merges.
 */
final class PersonMerges {
  private final Council council;
  private final Sources sources;
  private final Formats formats;
  private final Picker picker;
  private final Dice dice;
  private final List<String> log = new ArrayList<>();

  PersonMerges(Council council, Picker picker, Dice dice) {
    this.council = council;
    this.sources = council.sources;
    this.formats = sources.formats();
    this.picker = picker;
    this.dice = dice;
  }

  List<String> plant() {
    mergeChain();
    mergeCycle();
    simpleMerges();
    return log;
  }

  /** Merge chain A -> B -> C, with records naming A and B; the merges arrive on 29 and 30 March. */
  private void mergeChain() {
    Involvement inv =
        picker.pick(
            council.involvements,
            i ->
                i.end != null
                    && Timeline.fy(i.start) == 2
                    && picker.unused(i.child)
                    && i.child.involvements.size() == 1,
            "closed 2023-24 involvement");
    Child c = inv.child;
    SourceRecord a = council.people.duplicateOf(c, inv.start.plusDays(20));
    SourceRecord b = council.people.duplicateOf(c, LocalDate.of(2024, 9, 2));
    Child asA = alias(c, a);
    Child asB = alias(c, b);
    council.forms.create(
        asA, inv, FormType.SS_GS, Timeline.officeHours(inv.start.plusDays(20), dice), "C");
    LocalDate start = LocalDate.of(2024, 9, 16);
    Involvement again =
        new Involvement(
            council.ids.next("involvement"), asB, start, LocalDate.of(2024, 12, 20), "Assessment");
    Form ic =
        council.forms.create(
            asB, again, FormType.SS_IC, Timeline.officeHours(start.minusDays(4), dice), "C");
    council.forms.answer(ic, "Accepted", "Yes");
    council.forms.answer(ic, "PlannedOutcome_EOC", "Yes");
    again.record =
        sources.add(
            SampleDatasets.SS_INVOLVEMENT,
            Timeline.officeHours(start, dice),
            Sources.row(
                "InvolvementID",
                again.id,
                "PersonID",
                asB.personId,
                "StartDate",
                formats.date(start),
                "EndDate",
                ""));
    sources.change(
        again.record,
        Timeline.officeHours(again.end, dice),
        Sources.row("EndDate", formats.date(again.end)));
    council.plans.childInNeed(asB, LocalDate.of(2024, 8, 1), LocalDate.of(2025, 1, 31));
    sources.change(
        a, LocalDateTime.of(2025, 3, 29, 10, 0), Sources.row("MergedIntoPersonID", b.key));
    sources.change(
        b, LocalDateTime.of(2025, 3, 30, 10, 0), Sources.row("MergedIntoPersonID", c.personId));
    log.add(
        "merge chain: person "
            + a.key
            + " -> "
            + b.key
            + " (person_20250329) -> "
            + c.personId
            + " (person_20250330);"
            + " "
            + a.key
            + " has a group supervision, "
            + b.key
            + " has involvement "
            + again.id
            + ", an initial consultation and a CIN plan");
  }

  /** Merge cycle X -> Y -> X: reported and ignored, both ids stay themselves. */
  private void mergeCycle() {
    Involvement inv =
        picker.pick(
            council.involvements,
            i -> Timeline.fy(i.start) == 3 && i.end != null && picker.unused(i.child),
            "involvement for the cycle");
    Child x = inv.child;
    SourceRecord y = council.people.duplicateOf(x, inv.start.plusDays(7));
    Child asY = alias(x, y);
    council.plans.childProtection(
        asY,
        Timeline.latest(x.dateOfBirth.plusDays(1), inv.start.minusDays(30)),
        inv.end.plusDays(30));
    council.forms.create(
        asY, inv, FormType.SS_GS, Timeline.officeHours(inv.start.plusDays(7), dice), "C");
    LocalDateTime at = LocalDateTime.of(2025, 3, 31, 9, 30);
    sources.change(x.person, at, Sources.row("MergedIntoPersonID", y.key));
    sources.change(y, at.plusMinutes(1), Sources.row("MergedIntoPersonID", x.personId));
    log.add(
        "merge cycle: person "
            + x.personId
            + " -> "
            + y.key
            + " -> "
            + x.personId
            + " (person_20250331); "
            + y.key
            + " has a CP plan and a group supervision");
  }

  /** Plain one-step merges, long settled (full extract), each duplicate with a CIN plan. */
  private void simpleMerges() {
    for (int i = 0; i < 3; i++) {
      Child c =
          picker.pick(
              council.people.all(),
              x ->
                  x.involvements.isEmpty()
                      && !x.periodsOfCare.isEmpty()
                      && picker.unused(x)
                      && x.periodsOfCare.get(0).start().isBefore(LocalDate.of(2024, 1, 1)),
              "looked-after child");
      LocalDate on = Timeline.latest(c.periodsOfCare.get(0).start(), LocalDate.of(2021, 5, 1));
      SourceRecord d = council.people.duplicateOf(c, on);
      council.plans.childInNeed(alias(c, d), on.minusDays(60), on.minusDays(1));
      sources.change(
          d,
          Timeline.officeHours(on.plusDays(40), dice),
          Sources.row("MergedIntoPersonID", c.personId));
      log.add(
          "merge: person " + d.key + " -> " + c.personId + " (person_20250328), with a CIN plan");
    }
  }

  /** The same person under a duplicate LCS id, to write records that name the duplicate. */
  private static Child alias(Child c, SourceRecord duplicate) {
    Child alias = new Child(duplicate.key, c.gender, c.dateOfBirth, c.familyId, c.surname);
    alias.person = duplicate;
    return alias;
  }
}
