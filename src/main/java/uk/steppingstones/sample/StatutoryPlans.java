package uk.steppingstones.sample;

import java.time.LocalDate;

/**
 * Child protection plans, child-in-need plans and Public Law Outline pre-proceedings. Each is a
 * spell from a start date to an optional end; an end after the as-of date is not known yet.
 */
final class StatutoryPlans {
  private final Sources sources;
  private final Ids ids;
  private final Dice dice;

  StatutoryPlans(Sources sources, Ids ids, Dice dice) {
    this.sources = sources;
    this.ids = ids;
    this.dice = dice;
  }

  SourceRecord childProtection(Child c, LocalDate start, LocalDate end) {
    return spell(SampleDatasets.CP_PLAN, "PlanID", ids.next("cp"), c, start, end, null);
  }

  SourceRecord childInNeed(Child c, LocalDate start, LocalDate end) {
    return spell(SampleDatasets.CIN_PLAN, "PlanID", ids.next("cin"), c, start, end, null);
  }

  /**
   * Pre-proceedings; the outcome is recorded when they end: care proceedings issued or stepped
   * down.
   */
  SourceRecord plo(Child c, LocalDate start, LocalDate end, String outcome) {
    return spell(SampleDatasets.PLO, "PLOID", ids.next("plo"), c, start, end, outcome);
  }

  private SourceRecord spell(
      String dataset,
      String keyColumn,
      String id,
      Child c,
      LocalDate start,
      LocalDate end,
      String outcome) {
    Formats f = sources.formats();
    var first =
        Sources.row(
            keyColumn,
            id,
            "PersonID",
            c.personId,
            "StartDate",
            f.date(start),
            "EndDate",
            f.optionalDate(null));
    if (dataset.equals(SampleDatasets.PLO)) first.put("Outcome", "");
    SourceRecord r = sources.add(dataset, Recording.of(start, dice), first);
    if (end != null && !end.isAfter(Timeline.AS_OF)) {
      var ended = Sources.row("EndDate", f.date(end));
      if (outcome != null) ended.put("Outcome", outcome);
      sources.change(r, Recording.of(end, dice), ended);
    }
    return r;
  }
}
