package uk.steppingstones.common;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import org.apache.spark.sql.Column;

/**
 * Financial years run 1 April to 31 March and are written {@code 2024-25}. The one place that
 * says so, for Java dates and for Spark columns alike.
 */
public final class FinancialYear {
  private FinancialYear() {}

  /** The calendar year in which the financial year holding {@code d} starts. */
  public static int startYear(LocalDate d) {
    return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
  }

  /** FY(d), e.g. {@code 2024-25}. */
  public static String of(LocalDate d) {
    return label(startYear(d));
  }

  public static String label(int startYear) {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  public static LocalDate firstDay(int startYear) {
    return LocalDate.of(startYear, 4, 1);
  }

  public static LocalDate lastDay(int startYear) {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  /** Column: start year of FY(date). */
  public static Column startYear(Column date) {
    return when(month(date).geq(4), year(date)).otherwise(year(date).minus(1));
  }

  /** Column: FY(date) as text, {@code 2024-25}. */
  public static Column of(Column date) {
    return label(startYear(date));
  }

  /** Column: the label of the financial year starting in {@code startYear}. */
  public static Column label(Column startYear) {
    return format_string("%d-%02d", startYear, startYear.plus(1).mod(100));
  }

  /** Column: start year of a financial year label such as {@code 2024-25}. */
  public static Column startYearOfLabel(Column label) {
    return substring(label, 1, 4).cast("int");
  }

  /** Column: 1 April of the financial year starting in {@code startYear}. */
  public static Column firstDay(Column startYear) {
    return make_date(startYear, lit(4), lit(1));
  }

  /** Column: 31 March ending the financial year starting in {@code startYear}. */
  public static Column lastDay(Column startYear) {
    return make_date(startYear.plus(1), lit(3), lit(31));
  }
}
