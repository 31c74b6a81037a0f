package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * Age on a day in whole years: the birthdays reached by d, a birthday counting from its own day.
 * A 29 February birthday is reached on 1 March in other years (as {@code java.time.Period} reads
 * it). Null without a date of birth.
 */
public final class Age {
  private Age() {}

  public static Column onDay(Column dateOfBirth, Column d) {
    Column beforeBirthday =
        month(d).lt(month(dateOfBirth))
            .or(month(d).equalTo(month(dateOfBirth)).and(dayofmonth(d).lt(dayofmonth(dateOfBirth))));
    return year(d).minus(year(dateOfBirth)).minus(when(beforeBirthday, lit(1)).otherwise(lit(0)));
  }
}
