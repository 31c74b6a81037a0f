package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.steppingstones.landing.FormType;

/** What was generated: files and rows, and the service's volumes per financial year. */
final class Summary {
  private Summary() {}

  static String of(Council council, Map<String, ExtractFile> files, List<String> planted) {
    StringBuilder s = new StringBuilder();
    Map<String, int[]> perDataset = new TreeMap<>();
    files
        .values()
        .forEach(
            f -> {
              int[] n = perDataset.computeIfAbsent(f.dataset, d -> new int[2]);
              n[0]++;
              n[1] += f.rows.size();
            });
    s.append(
        String.format(
            "%d extract files (+%d unrecognised)%n",
            files.size(), MessyFiles.UNRECOGNISED_FILES.size()));
    perDataset.forEach(
        (d, n) -> s.append(String.format("  %-16s %2d files %7d rows%n", d, n[0], n[1])));
    s.append(
        "FY       ICs  children-IC  started  ended  max-open  mean-days  STEPDOWN  AVOID "
            + " AVOIDINC\n");
    for (int fy = 0; fy < Timeline.YEARS; fy++) s.append(year(council, fy)).append('\n');
    s.append(planted.size()).append(" planted messy cases (listed in readme.txt)\n");
    return s.toString();
  }

  private static String year(Council council, int fy) {
    int ics = 0;
    Set<String> consulted = new LinkedHashSet<>();
    for (Form f : council.forms.all()) {
      if (f.type != FormType.SS_IC || Timeline.fy(f.created.toLocalDate()) != fy) continue;
      if (!f.status.equals("X")) ics++;
      if (f.status.equals("C")) consulted.add(f.child.personId);
    }
    int started = 0, ended = 0;
    long days = 0;
    for (Involvement inv : council.involvements) {
      if (Timeline.fy(inv.start) == fy) started++;
      if (inv.end != null && Timeline.fy(inv.end) == fy) {
        ended++;
        days += inv.end.toEpochDay() - inv.start.toEpochDay();
      }
    }
    int[] claims = new int[3];
    for (Claim c : council.claims) {
      if (!c.form().status.equals("C") || Timeline.fy(c.eventDate()) != fy) continue;
      claims[List.of("STEPDOWN", "AVOID", "AVOIDINC").indexOf(c.type())]++;
    }
    return String.format(
        "%s %5d %12d %8d %6d %9d %10.0f %9d %6d %9d",
        Timeline.fyLabel(fy),
        ics,
        consulted.size(),
        started,
        ended,
        maxOpen(council, fy),
        ended == 0 ? 0.0 : (double) days / ended,
        claims[0],
        claims[1],
        claims[2]);
  }

  private static int maxOpen(Council council, int fy) {
    int max = 0;
    for (YearMonth m = YearMonth.from(Timeline.fyStart(fy));
        !m.isAfter(YearMonth.from(Timeline.fyEnd(fy)));
        m = m.plusMonths(1)) {
      LocalDate d = Timeline.earliest(m.atEndOfMonth(), Timeline.AS_OF);
      Set<String> open = new LinkedHashSet<>();
      for (Involvement inv : council.involvements)
        if (inv.isOpenOn(d)) open.add(inv.child.personId);
      max = Math.max(max, open.size());
    }
    return max;
  }
}
