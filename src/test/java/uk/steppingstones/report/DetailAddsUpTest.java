package uk.steppingstones.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.steppingstones.common.TableDoc;
import uk.steppingstones.report.cla.ClaStepDown;
import uk.steppingstones.report.finance.HeadlineSummary;

/**
 * Every registered table's detail adds up to its figures ({@link DetailAddsUp}) on small hand-made
 * inputs holding the edge cases: a child counted once with two records, records of no child,
 * claims carrying no money or carried over, a claim without its category (a null key), duplicates,
 * ties on the same day, records after the as-of date, forms selecting several options. The
 * committed sample is checked by {@code SampleDetailAddsUpTest}.
 */
class DetailAddsUpTest extends ReportTest {
  static ReportInputs in;

  @BeforeAll
  static void inputs() {
    in = inputs(
        "person", conformed("person", "person_id|gender|date_of_birth|family_id",
            "P1|Male|2015-02-01|F1",
            "P2|Female|2010-05-06|F1",
            "P3|Other|2008-01-01|",
            "P4|Unknown||"),
        "ss_involvement", conformed("ss_involvement", "involvement_id|person_id|start_date|end_date",
            "I1|P1|2023-06-01|2024-05-10",
            "I2|P1|2024-07-01|",
            "I3|P2|2024-04-15|2024-04-15",
            "I4|P2|2024-04-15|2025-01-01",
            "I5|P3|2022-10-01|2023-12-31",
            "I6|P5|2025-03-01|",
            "I7|P4|2025-04-10|"),
        "team_allocation", conformed("team_allocation", "allocation_id|person_id|team_name|start_date|end_date",
            "A1|P1|Assessment Team|2023-01-01|",
            "A2|P2|cla permanency team |2024-01-01|"),
        "team_group", conformed("team_group", "team_name|team_group", "CLA Permanency Team|CLA Permanency"),
        "cp_plan", conformed("cp_plan", "plan_id|person_id|start_date|end_date", "CP1|P2|2024-01-01|2024-12-31"),
        "lcs_form", conformed("lcs_form", "form_id|person_id|involvement_id|form_type|step_status|created_at",
            "F1|P1|I2|SS_GS|C|2024-07-10 10:00:00",
            "F2|P1|I2|SS_GS|C|2024-07-12 10:00:00",
            "F3|P2|I4|SS_GS|C|2024-05-30 10:00:00",
            "F4|P2|I3|SS_RC|D|2024-06-01 09:00:00",
            "F5|P3||SS_EVAL|X|2024-06-01 09:00:00",
            "F6|P1|I1|SS_CLOSE|C|2024-05-10 09:00:00",
            "F7|P1|I2|SS_RC|C|2025-04-02 09:00:00"),
        "initial_consultation", conformed("initial_consultation",
            "form_id|person_id|involvement_id|step_status|created_at|accepted|planned_outcomes|child_focuses"
                + "|adult_focuses|parent_focuses",
            "IC1|P1|I2|C|2024-06-20 09:00:00|true|EOC,REUNIFY|WISHES,MH|DA|CPV",
            "IC2|P1||C|2024-08-01 09:00:00|false|EOC|||",
            "IC3|P2|I4|C|2023-03-01 09:00:00|true|EOC,EOC|WISHES||",
            "IC4|P3||D|2024-06-01 09:00:00|true|EOC|||"),
        "closure_record", conformed("closure_record",
            "form_id|person_id|involvement_id|step_status|created_at|outcome_achieved|reason_not_achieved"
                + "|child_focuses|adult_focuses|parent_focuses",
            "CL1|P1|I1|C|2024-05-10 09:00:00|false|NONENG|WISHES||",
            "CL2|P2||C|2024-06-01 09:00:00|||||",
            "CL3|P3|I5|C|2023-12-31 09:00:00|true|ZZZ|||"),
        "target_achievement_claim", conformed("target_achievement_claim",
            "form_id|person_id|involvement_id|step_status|created_at|claim_type|event_date|placement_from"
                + "|placement_to|placement_avoided",
            "T1|P1|I2|C|2024-09-01 12:00:00|STEPDOWN|2024-09-01|EXTRES|EXTFOST|",
            "T2|P1|I2|C|2024-10-01 12:00:00|STEPDOWN|2024-10-01|EXTRES|INTFOST|",
            "T3|P2|I4|C|2024-04-03 12:00:00|STEPDOWN|2024-03-15|EXTRES|HOME|",
            "T4|P3|I5|C|2024-06-01 12:00:00|AVOID|2024-06-01|||EXTRES",
            "T5|P3|I5|C|2024-06-02 12:00:00|AVOID|2024-06-01|||EXTRES",
            "T6|P4||C|2024-07-01 12:00:00|AVOIDINC|2024-07-01|INTFOST||EXTFOST",
            "T7|P2||C|2024-08-01 12:00:00|STEPDOWN|2024-08-01||EXTFOST|",
            "T8|P1||C|2024-11-01 12:00:00|STEPDOWN|2024-11-01|INTRES|INTFOST|",
            "T9|P2||C|2025-03-20 12:00:00|AVOID|2025-04-05|||EXTRES",
            "T10|P5||C|2024-06-01 12:00:00||2024-06-01|||"),
        "unit_cost", conformed("unit_cost", "financial_year|placement_category|weekly_cost|counts_for_savings",
            "2023-24|EXTRES|3800.00|true",
            "2023-24|EXTFOST|700.00|true",
            "2024-25|EXTRES|4000.00|true",
            "2024-25|EXTFOST|770.00|true",
            "2024-25|INTFOST|300.00|true",
            "2024-25|INTRES|3500.00|false"),
        "placement_cost", conformed("placement_cost",
            "placement_cost_id|person_id|placement_category|start_date|end_date|weekly_cost",
            "PC1|P1|EXTRES|2024-01-01||5123.45"),
        "savings_target", conformed("savings_target", "financial_year|month|target_amount",
            "2023-24|2024-03-01|5.25",
            "2024-25|2024-04-01|100000.00",
            "2024-25|2024-05-01|100000.50",
            "2025-26|2025-04-01|9.99"),
        "cla_episode", conformed("cla_episode", "episode_id|person_id|start_date|end_date|placement_type",
            "E1|P3|2024-08-01|2024-09-30|R1",
            "E2|P1|2022-01-01|2024-06-30|R1",
            "E3|P1|2024-06-30|2024-12-31|P1",
            "E4|P2|2025-01-15||R2",
            "E5|P5|2025-03-10|2025-03-20|R1"),
        "plo", conformed("plo", "plo_id|person_id|start_date|end_date",
            "PL1|P1|2024-06-01|2024-12-01",
            "PL3|P2|2024-04-10|2024-05-01",
            "PL2|P2|2024-04-10|",
            "PL4|P4|2024-09-01|2024-10-01"),
        "fgc_referral", conformed("fgc_referral",
            "referral_id|person_id|referral_date|referring_team|workspace_id",
            "R1|P1|2024-05-01|Assessment Team|W1",
            "R2|P1|2024-05-20|Assessment Team|",
            "R3|P2|2024-05-21||W2",
            "R4|P2|2024-06-01|CLA Permanency Team|W3",
            "R5|P3|2023-02-01|Other Team|"),
        "fgc_meeting", conformed("fgc_meeting", "meeting_id|workspace_id|meeting_date|meeting_type|stage|meeting_status",
            "M1|W1|2024-06-01|FGC|INITIAL|HELD",
            "M2|W1|2024-09-01|FGC|REVIEW|HELD",
            "M3|W2|2024-07-01|FM|INITIAL|CANCELLED",
            "M4|W9|2023-07-01|FM|REVIEW|HELD"));
  }

  @Test
  void everyTablesDetailAddsUpToItsFigures() {
    Map<String, List<String>> problems = new TreeMap<>();
    Set<String> nonZero = new HashSet<>();
    List<String> counted = new ArrayList<>();
    List<String> unlisted = new ArrayList<>();
    for (ReportTable t : ReportTables.ALL) {
      if (t.detail(in).unlisted().isPresent()) {
        unlisted.add(t.name());
        assertTrue(t.detail(in).rows(t, in).isEmpty(), t.name());
        continue;
      }
      Detail.counted(t.doc()).forEach(c -> counted.add(t.name() + "." + c.name()));
      Dataset<Row> detail = t.detail(in).rows(t, in);
      List<String> p = DetailAddsUp.check(t, t.build(in), detail, nonZero);
      if (!detail.filter(col("record_id").rlike("^P[0-9]+$")).isEmpty()) {
        p.add(Detail.name(t) + " names a PersonID");
      }
      if (!p.isEmpty()) {
        problems.put(t.name(), p);
      }
    }
    assertEquals(Map.of(), problems);
    // Only the data-quality tables, which count landing lines, say their records are elsewhere.
    assertEquals(List.of("data_quality_nightly", "data_quality_reasons"), unlisted);
    // A check that passes on empty details proves nothing: every counted column of every table has
    // a figure other than 0 in these inputs, so each figure's detail is really compared.
    counted.removeAll(nonZero);
    assertEquals(List.of(), counted, "figures that are 0 throughout the inputs");
  }

  @Test
  void recordsBehindTheFiguresAreTheOnesCounted() {
    // 2024-25 step downs: P1 twice (T1, T2; T8 saves nothing but counts its child), P2's T7 lacks a
    // category; T3 (P2, March 2024, claimed in April) is carried over and counts among the children
    // stepping down incl. carry-over.
    Dataset<Row> headline = detail(new HeadlineSummary()).filter(col("financial_year").equalTo("2024-25"));
    assertRows(headline.filter(col("figure").equalTo("children_stepped_down")),
        "child_key|record_type|record_id|record_date",
        KEY.of("P1") + "|claim|T1|2024-09-01", KEY.of("P1") + "|claim|T2|2024-10-01",
        KEY.of("P1") + "|claim|T8|2024-11-01", KEY.of("P2") + "|claim|T7|2024-08-01");
    assertRows(headline.filter(col("figure").equalTo("children_stepped_down_incl_carry_over")
            .and(col("record_id").equalTo("T3"))),
        "child_key|record_date|amount", KEY.of("P2") + "|2024-03-15|");
    // Money: only the parts carrying money; the targets of the year with no child.
    assertRows(headline.filter(col("figure").equalTo("step_down_savings")), "record_id",
        "T1", "T2", "T3");
    assertRows(headline.filter(col("figure").equalTo("target_total")), "child_key|record_type|record_id|amount",
        "|savings_target|2024-25 2024-04|100000.00", "|savings_target|2024-25 2024-05|100000.50");

    // CLA: P1's first event of 2024-25 is the move to P1 (E3), with no involvement open that day;
    // P5 (no person record) ceased care on 20 March with I6 open: with_ss names the involvement.
    Dataset<Row> stepDown = detail(new ClaStepDown()).filter(col("financial_year").equalTo("2024-25"));
    assertRows(stepDown, "figure|child_key|record_type|record_id|record_date",
        "children_stepped_down|" + KEY.of("P1") + "|episode|E3|2024-06-30",
        "children_stepped_down|" + KEY.of("P3") + "|episode|E1|2024-09-30",
        "children_stepped_down|" + KEY.of("P5") + "|episode|E5|2025-03-20",
        "with_ss|" + KEY.of("P5") + "|involvement|I6|2025-03-20");
  }

  @Test
  void aWrongDetailIsCaught() {
    // The same table with one record left out of its detail, one counted twice, one moved to another
    // row: each is found.
    ReportTable headline = new HeadlineSummary();
    Dataset<Row> table = headline.build(in);
    Dataset<Row> detail = detail(headline);
    Dataset<Row> missing = detail.filter(col("record_id").notEqual("T2").or(col("figure").notEqual("step_down_savings")));
    assertTrue(DetailAddsUp.problems(headline, table, missing).stream()
        .anyMatch(p -> p.contains("[2024-25] step_down_savings")), "a missing record");
    Dataset<Row> twice = detail.unionByName(detail.filter(col("figure").equalTo("children_avoided")));
    assertTrue(DetailAddsUp.problems(headline, table, twice).stream().anyMatch(p -> p.contains("listed twice")));
    Dataset<Row> moved = detail.withColumn("financial_year",
        org.apache.spark.sql.functions.when(col("record_id").equalTo("T4"), "2023-24").otherwise(col("financial_year")));
    List<String> found = DetailAddsUp.problems(headline, table, moved);
    assertTrue(found.stream().anyMatch(p -> p.contains("[2024-25] children_avoided = 1, its detail gives 0")), found.toString());
    assertTrue(found.stream().anyMatch(p -> p.contains("[2023-24] children_avoided = 0, its detail gives 1")), found.toString());
  }

  @Test
  void aTableThatLeavesAFigureOutFailsToBuildItsDetail() {
    ReportTable forgetful = new ReportTable() {
      public String name() {
        return "forgetful";
      }

      public Dataset<Row> build(ReportInputs in) {
        return new HeadlineSummary().build(in);
      }

      public TableDoc doc() {
        return new HeadlineSummary().doc();
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> forgetful.detail(in).rows(forgetful, in));
    assertTrue(e.getMessage().contains("children_avoided"), e.getMessage());
  }

  private static Dataset<Row> detail(ReportTable t) {
    return t.detail(in).rows(t, in);
  }
}
