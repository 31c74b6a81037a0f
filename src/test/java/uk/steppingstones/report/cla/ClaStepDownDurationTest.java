package uk.steppingstones.report.cla;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ClaStepDownDurationTest extends ClaTest {
  private static Dataset<Row> build(String[] episodes, String... involvements) {
    String[] people = new String[episodes.length];
    for (int i = 0; i < episodes.length; i++) {
      people[i] = episodes[i].split("\\|")[1] + "|2015-01-01|";
    }
    return new ClaStepDownDuration().build(inputs(
        "cla_episode", conformed("cla_episode", EPISODES, episodes),
        "ss_involvement", conformed("ss_involvement", INVOLVEMENTS, involvements),
        "person", conformed("person", PEOPLE, people).distinct()));
  }

  @Test
  void wholeCalendarMonthsCountOnceTheDayOfMonthIsReached() {
    Dataset<Row> pairs = text("s|e",
        "2024-01-15|2024-07-14",
        "2024-01-15|2024-07-15",
        "2024-01-31|2024-02-29",
        "2024-01-31|2024-03-01",
        "2024-01-31|2024-03-31",
        "2024-01-31|2024-04-30",
        "2020-02-29|2021-02-28",
        "2020-02-29|2021-03-01",
        "2024-05-01|2024-05-01");
    assertRows(
        pairs.select(col("s"), col("e"),
            ClaStepDownDuration.wholeMonths(to_date(col("s")), to_date(col("e"))).cast("string").as("m")),
        "s|e|m",
        "2024-01-15|2024-07-14|5",
        "2024-01-15|2024-07-15|6",
        "2024-01-31|2024-02-29|0",
        "2024-01-31|2024-03-01|1",
        "2024-01-31|2024-03-31|2",
        "2024-01-31|2024-04-30|2",
        "2020-02-29|2021-02-28|11",
        "2020-02-29|2021-03-01|12",
        "2024-05-01|2024-05-01|0");
  }

  @Test
  void bandBoundariesAndAllTenRows() {
    String[] episodes = {
      "E1|C1|2024-01-15|2024-07-14|U1",  // 5 months: <6
      "E2|C2|2024-01-15|2024-07-15|U1",  // 6: 6-12, with SS
      "E3|C3|2023-05-01|2024-04-30|U1",  // 11: 6-12
      "E4|C4|2023-05-01|2024-05-01|U1",  // 12: 1-2 years
      "E5|C5|2022-06-01|2024-05-31|U1",  // 23: 1-2 years, with SS
      "E6|C6|2022-06-01|2024-06-01|U1",  // 24: 2-4 years
      "E7|C7|2020-06-01|2024-05-31|U1",  // 47: 2-4 years
      "E8|C8|2020-06-01|2024-06-01|U1",  // 48: 4+ years
      "E9|C9|2019-01-01|2024-09-01|U1",  // move to P1 on 1 Sep 2024, measured from the period start: 4+, with SS
      "E10|C9|2024-09-01||P1",
    };
    assertRows(
        build(episodes,
            "I2|C2|2024-07-15|",
            "I5|C5|2024-01-01|2024-05-31",
            "I9|C9|2024-08-01|2024-09-01",
            "I1|C1|2024-07-15|"),  // starts the day after C1's event: not open
        "financial_year|duration_band|with_ss|children",
        "2024-25|<6 months|false|1",
        "2024-25|<6 months|true|0",
        "2024-25|6-12 months|false|1",
        "2024-25|6-12 months|true|1",
        "2024-25|1-2 years|false|1",
        "2024-25|1-2 years|true|1",
        "2024-25|2-4 years|false|2",
        "2024-25|2-4 years|true|0",
        "2024-25|4+ years|false|1",
        "2024-25|4+ years|true|1");
  }

  @Test
  void firstEventInTheFyAndZeroYears() {
    // C1: period 1 ceases 1 Jun 2023 after 5 months (2023-24); period 2 ceases 15 Apr 2024 after 1
    // month; period 3's P1 move (9 months) is later in the same FY: only the first counts.
    String[] episodes = {
      "E1|C1|2023-01-01|2023-06-01|U1",
      "E2|C1|2024-03-01|2024-04-15|U1",
      "E3|C1|2024-05-01|2025-02-01|U1",
      "E4|C1|2025-02-01||P1",
    };
    Dataset<Row> got = build(episodes);
    assertRows(got.filter(col("children").gt(0)),
        "financial_year|duration_band|with_ss|children",
        "2023-24|<6 months|false|1",
        "2024-25|<6 months|false|1");
    assertEquals(20, got.count());
    assertEquals(2, got.select("financial_year").distinct().count());
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,duration_band:string,with_ss:boolean,children:bigint",
        types(build(new String[] {"E1|C1|2024-01-01|2024-06-30|U1"})));
  }
}
