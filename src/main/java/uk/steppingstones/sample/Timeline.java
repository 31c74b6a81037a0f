package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The four financial years the sample covers, and the nights its extracts were taken. */
final class Timeline {
  private Timeline() {}

  static final int FIRST_FY = 2021;
  static final int YEARS = 4;

  /** Stepping Stones went live on 12 July 2021 (annual report, "Progress"). */
  static final LocalDate GO_LIVE = LocalDate.of(2021, 7, 12);

  /** The last day of the sample: the as-of date of a run over every extract. */
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  /** The night of the big initial full extract; later nights only carry changes. */
  static final LocalDate FULL_EXTRACT = LocalDate.of(2025, 3, 28);

  /** 0 for 2021-22 ... 3 for 2024-25. */
  static int fy(LocalDate d) {
    int startYear = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    return startYear - FIRST_FY;
  }

  static String fyLabel(int fy) {
    int start = FIRST_FY + fy;
    return String.format("%d-%02d", start, (start + 1) % 100);
  }

  static LocalDate fyStart(int fy) {
    return LocalDate.of(FIRST_FY + fy, 4, 1);
  }

  static LocalDate fyEnd(int fy) {
    return LocalDate.of(FIRST_FY + fy + 1, 3, 31);
  }

  static LocalDate earliest(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A time in office hours on day d, when a worker would record something. */
  static LocalDateTime officeHours(LocalDate d, Dice dice) {
    return d.atTime(LocalTime.of(dice.between(8, 17), dice.between(0, 59), dice.between(0, 59)));
  }

  /** The nightly warehouse load: records changed during day d are stamped in the small hours. */
  static LocalDateTime nightlyLoad(LocalDate d, Dice dice) {
    return d.atTime(LocalTime.of(dice.between(1, 4), dice.between(0, 59), dice.between(0, 59)));
  }
}
