package uk.steppingstones.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How values are written: every form the contract accepts turns up somewhere, so the pipeline's
 * readers are exercised by ordinary rows, not only by the planted messy ones.
 */
final class Formats {
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"),
          DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));

  private final Dice dice;

  Formats(Dice dice) {
    this.dice = dice;
  }

  /** UK order mostly, ISO sometimes, and now and then with the warehouse's midnight time. */
  String date(LocalDate d) {
    String text = dice.chance(0.65) ? UK.format(d) : ISO.format(d);
    if (dice.chance(0.06)) text += dice.chance(0.5) ? " 00:00" : " 00:00:00.000";
    return text;
  }

  /** An optional date: no value is blank, or LCS's 1900 placeholder. */
  String optionalDate(LocalDate d) {
    if (d != null) return date(d);
    return dice.weighted(List.of("", "01/01/1900", "1900-01-01 00:00:00"), 80, 15, 5);
  }

  String dateTime(LocalDateTime t) {
    return dice.weighted(DATE_TIMES, 35, 15, 35, 15).format(t);
  }

  String optionalDateTime(LocalDateTime t) {
    if (t != null) return dateTime(t);
    return dice.weighted(List.of("", "01/01/1900 00:00", "1900-01-01 00:00:00.000"), 85, 10, 5);
  }

  /** An optional id: LCS writes a missing one as blank, -1 or 0. */
  String optionalId(String id) {
    if (id != null) return id;
    return dice.weighted(List.of("", "-1", "0"), 70, 15, 15);
  }

  String yesNo(boolean yes) {
    List<String> forms =
        yes
            ? List.of("Yes", "Y", "True", "1", "yes", "TRUE")
            : List.of("No", "N", "False", "0", "no", "FALSE");
    return dice.weighted(forms, 70, 10, 6, 6, 5, 3);
  }

  /** The Deleted flag of a live record: mostly blank, otherwise one of the "no" forms. */
  String notDeleted() {
    return dice.weighted(List.of("", "No", "N", "0", "False"), 82, 10, 4, 2, 2);
  }

  /** Pounds: plain decimal mostly; sometimes with £ and/or thousands commas (then quoted). */
  String money(BigDecimal pounds) {
    BigDecimal p = pounds.setScale(2, RoundingMode.HALF_UP);
    return dice.weighted(
        List.of(p.toPlainString(), "£" + grouped(p), "£" + p.toPlainString(), grouped(p)),
        70,
        15,
        10,
        5);
  }

  static String grouped(BigDecimal p) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    return f.format(p);
  }
}
