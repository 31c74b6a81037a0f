package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The notions several report tables share: start set, legal status, team and age on a day, months. */
class SharedNotionsTest extends ReportTest {
  static final String INVOLVEMENTS = "involvement_id|person_id|start_date|end_date";
  static final String PLANS = "plan_id|person_id|start_date|end_date";

  @Test
  void startSetIsEachChildsEarliestInvolvementStartingInTheFy() {
    Dataset<Row> inv = conformed("ss_involvement", INVOLVEMENTS,
        "10|C1|2024-06-01|2024-07-01",
        "9|C1|2024-09-01|",           // later in the FY: not the one
        "11|C1|2025-04-01|",          // after A: left out
        "12|C2|2024-03-31|2024-05-01", // 2023-24
        "13|C2|2024-04-01|",          // 2024-25: first day of the FY
        "21|C3|2024-05-05|",          // same day: the smaller id (numerically) is named
        "3|C3|2024-05-05|");
    assertRows(StartSet.of(inputs("ss_involvement", inv)),
        "person_id|financial_year|involvement_id|d",
        "C1|2024-25|10|2024-06-01",
        "C2|2023-24|12|2024-03-31",
        "C2|2024-25|13|2024-04-01",
        "C3|2024-25|3|2024-05-05");
  }

  @Test
  void legalStatusFollowsTheHierarchyOnTheDay() {
    Dataset<Row> days = text("person_id|day", "C1|2024-06-01", "C2|2024-06-01", "C3|2024-06-01",
        "C4|2024-06-01", "C5|2024-06-01", "C6|2024-06-01")
        .withColumn("day", to_date(col("day")));
    Dataset<Row> episodes = conformed("cla_episode", "episode_id|person_id|start_date|end_date|placement_type",
        "E1|C1|2024-06-01||U1",          // starts on the day: CLA beats the CP plan below
        "E2|C2|2024-01-01|2024-05-31|U1"); // ended the day before: not CLA
    Dataset<Row> cp = conformed("cp_plan", PLANS,
        "P1|C1|2024-01-01|",
        "P2|C2|2024-01-01|2024-06-01",     // ends on the day: still open
        "P3|C5|2024-07-01|");              // after the day
    Dataset<Row> cin = conformed("cin_plan", PLANS,
        "N1|C2|2024-01-01|",
        "N2|C3|2024-06-01|2024-06-01",
        "N3|C6|2024-01-01|2025-06-01");    // ends after A: open
    assertRows(LegalStatus.onDay(inputs("cla_episode", episodes, "cp_plan", cp, "cin_plan", cin), days, "day"),
        "person_id|legal_status",
        "C1|CLA", "C2|CP", "C3|CIN", "C4|Assessment", "C5|Assessment", "C6|CIN");
  }

  @Test
  void teamOnTheDayIsTheLatestOpenAllocationThenTheLargerId() {
    Dataset<Row> days = text("person_id|day", "C1|2024-06-01", "C2|2024-06-01", "C3|2024-06-01", "C4|2024-06-01")
        .withColumn("day", to_date(col("day")));
    Dataset<Row> allocations = conformed("team_allocation", "allocation_id|person_id|team_name|start_date|end_date",
        "1|C1|Assessment Team North|2024-01-01|",
        "2|C1|Case Management Team South|2024-03-01|",   // later start: wins
        "9|C2|Early Help North|2024-02-01|",
        "10|C2|Pathways Team|2024-02-01|",               // same start, 10 > 9 as numbers
        "3|C3|Early Help North|2024-01-01|2024-05-31",   // ended the day before
        "4|C4|CLA Permanency Team|2024-06-01|2024-06-01");
    Dataset<Row> groups = conformed("team_group", "team_name|team_group",
        "Assessment Team North|Assessment",
        "CASE MANAGEMENT TEAM SOUTH|Case Management",
        "cla permanency team|CLA Permanency",
        "Early Help North|Early Help");
    ReportInputs in = inputs("team_allocation", allocations, "team_group", groups);
    assertRows(Teams.withGroup(in, Teams.allocatedOn(in, days, "day")),
        "person_id|team_name|team_group",
        "C1|Case Management Team South|Case Management",
        "C2|Pathways Team|Other",
        "C3|Unallocated|Unallocated",
        "C4|CLA Permanency Team|CLA Permanency");
  }

  @Test
  void ageInWholeYearsCountsTheBirthdayFromItsDay() {
    Dataset<Row> ages = text("dob|d",
            "2010-06-01|2024-06-01",   // birthday on d: 14
            "2010-06-02|2024-06-01",   // birthday tomorrow: 13
            "2012-02-29|2025-02-28",   // leap-day birthday not yet reached: 12
            "2012-02-29|2025-03-01",   // reached on 1 March: 13
            "2012-02-29|2024-02-29",   // on the day in a leap year: 12
            "2024-06-01|2024-06-01")   // born that day: 0
        .select(Age.onDay(to_date(col("dob")), to_date(col("d"))).as("age"));
    assertRows(ages, "age", "14", "13", "12", "13", "12", "0");
  }

  @Test
  void monthsRunFromTheFirstFactToTheAsOfMonthEndingAtA() {
    Dataset<Row> facts = text("day", "2025-01-15", "2024-12-31").withColumn("day", to_date(col("day")));
    ReportInputs in = inputsAsOf(LocalDate.of(2025, 3, 20));
    assertRows(ReportColumns.monthsThroughAsOf(facts, "day", in), "month|month_end",
        "2024-12-01|2024-12-31",
        "2025-01-01|2025-01-31",
        "2025-02-01|2025-02-28",
        "2025-03-01|2025-03-20");
  }
}
