package uk.steppingstones.landing;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;

/** Each value form of inputs.md: the text, what it reads as, and whether it is a problem. */
class ValueTypeTest extends SparkTest {

  /** Reads every {@code text} as {@code type}: value (as text) and whether it is unreadable. */
  private static Dataset<Row> read(ValueType type, String... texts) {
    Dataset<Row> given = text("text", texts);
    Column raw = col("text");
    return given.select(raw,
        type.read(raw).cast("string").as("value"),
        org.apache.spark.sql.functions.not(type.isNoValue(raw)).and(type.read(raw).isNull()).cast("string").as("unreadable"));
  }

  @Test
  void idsAreTrimmedAndLcsSentinelsMeanNoValue() {
    assertRows(read(ValueType.ID, " 123 ", "-1", "0", "", "A-7"), "text|value|unreadable",
        " 123 |123|false", "-1||false", "0||false", "||false", "A-7|A-7|false");
  }

  @Test
  void datesReadBothFormsInUkOrderDropTheTimeAndTreat1900AsNoValue() {
    assertRows(read(ValueType.DATE, "03/04/2024", "2024-04-03", "03/04/2024 14:30", "2024-04-03 14:30:15",
            "2024-04-03T14:30:15.123", "01/01/1900", "1900-01-01 00:00", "31/02/2024", "2024-13-01", "3/4/2024",
            "2024-04-03 25:00", "April 3rd"),
        "text|value|unreadable",
        "03/04/2024|2024-04-03|false", "2024-04-03|2024-04-03|false", "03/04/2024 14:30|2024-04-03|false",
        "2024-04-03 14:30:15|2024-04-03|false", "2024-04-03T14:30:15.123|2024-04-03|false",
        "01/01/1900||false", "1900-01-01 00:00||false", "31/02/2024||true", "2024-13-01||true", "3/4/2024||true",
        "2024-04-03 25:00||true", "April 3rd||true");
  }

  @Test
  void dateTimesDefaultToMidnight() {
    assertRows(read(ValueType.DATETIME, "03/04/2024", "2024-04-03 14:30", "03/04/2024 14:30:15.5", "01/01/1900"),
        "text|value|unreadable",
        "03/04/2024|2024-04-03 00:00:00|false", "2024-04-03 14:30|2024-04-03 14:30:00|false",
        "03/04/2024 14:30:15.5|2024-04-03 14:30:15.5|false", "01/01/1900||false");
  }

  @Test
  void dateTimesKeepSecondsAndMillisecondsAndRejectImpossibleTimesAndStrayText() {
    assertRows(read(ValueType.DATETIME, "2024-04-03 14:30:07", "03/04/2024 14:30:15.05", "2024-04-03T00:00:00.999",
            "2024-04-03 14:61", "2024-04-03 24:00:00", "2024-04-03\nx", " ", "1900-01-01 10:00"),
        "text|value|unreadable",
        "2024-04-03 14:30:07|2024-04-03 14:30:07|false", "03/04/2024 14:30:15.05|2024-04-03 14:30:15.05|false",
        "2024-04-03T00:00:00.999|2024-04-03 00:00:00.999|false", "2024-04-03 14:61||true",
        "2024-04-03 24:00:00||true", "2024-04-03\nx||true", " ||false", "1900-01-01 10:00||false");
    assertRows(read(ValueType.DATE, "2024-04-03 23:59:59", "2024-04-03 23:60", "29/02/2023", " 2024-04-03 "),
        "text|value|unreadable",
        "2024-04-03 23:59:59|2024-04-03|false", "2024-04-03 23:60||true", "29/02/2023||true",
        " 2024-04-03 |2024-04-03|false");
    assertRows(read(ValueType.MONEY, "£", " £1,000 ", ""), "text|value|unreadable",
        "£||true", " £1,000 |1000.00|false", "||false");
  }

  @Test
  void yesNoInAnyCase() {
    assertRows(read(ValueType.YES_NO, "Yes", "y", "TRUE", "1", "no", "N", "False", "0", "", "maybe"),
        "text|value|unreadable",
        "Yes|true|false", "y|true|false", "TRUE|true|false", "1|true|false", "no|false|false", "N|false|false",
        "False|false|false", "0|false|false", "||false", "maybe||true");
  }

  @Test
  void moneyInPoundsWithOptionalPoundSignAndThousandsCommas() {
    assertRows(read(ValueType.MONEY, "1234.56", "£1,234.50", "£ 12", "1,23.00", "12.345", "abc", "-5.00"),
        "text|value|unreadable",
        "1234.56|1234.56|false", "£1,234.50|1234.50|false", "£ 12|12.00|false", "1,23.00||true",
        "12.345||true", "abc||true", "-5.00|-5.00|false");
  }

  @Test
  void codesMatchCaseInsensitivelyAndMayFallBack() {
    assertRows(read(ValueType.code(List.of("SS_IC", "SS_TAF")), " ss_ic ", "SS_XX"), "text|value|unreadable",
        " ss_ic |SS_IC|false", "SS_XX||true");
    assertRows(read(ValueType.code(List.of("Male", "Female", "Other", "Unknown"), "Unknown"), "FEMALE", "F", ""),
        "text|value|unreadable", "FEMALE|Female|false", "F|Unknown|false", "||false");
  }

  @Test
  void financialYearsAndMonths() {
    assertRows(read(ValueType.FINANCIAL_YEAR, "2024-25", "1999-00", "2024-26", "2024/25"), "text|value|unreadable",
        "2024-25|2024-25|false", "1999-00|1999-00|false", "2024-26||true", "2024/25||true");
    assertRows(read(ValueType.MONTH, "2024-04", "2024-4", "2024-13"), "text|value|unreadable",
        "2024-04|2024-04-01|false", "2024-4||true", "2024-13||true");
  }
}
