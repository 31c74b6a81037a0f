package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A Stepping Stones involvement: from the accepted initial consultation to closure. */
final class Involvement {
  final String id;
  final Child child;
  final LocalDate start;

  /** Null while open on the as-of date. */
  final LocalDate end;

  /** CLA, CP, CIN or Assessment: what the simulation set up for the start date. */
  final String statusAtStart;

  SourceRecord record;
  final List<Claim> claims = new ArrayList<>();

  Involvement(String id, Child child, LocalDate start, LocalDate end, String statusAtStart) {
    this.id = id;
    this.child = child;
    this.start = start;
    this.end = end;
    this.statusAtStart = statusAtStart;
  }

  LocalDate endOrAsOf() {
    return end == null ? Timeline.AS_OF : end;
  }

  boolean isOpenOn(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(endOrAsOf());
  }
}
