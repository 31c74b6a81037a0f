package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTest;

class FocusCountsTest extends ReportTest {
  private static final String CONSULTATIONS =
      "form_id|person_id|involvement_id|step_status|created_at|accepted|child_focuses|adult_focuses|parent_focuses";
  private static final String CLOSURES =
      "form_id|person_id|involvement_id|step_status|created_at|outcome_achieved|child_focuses|adult_focuses"
          + "|parent_focuses";

  private static Dataset<Row> build(String[] consultations, String... closures) {
    return new FocusCounts().build(inputs(
        "initial_consultation", conformed("initial_consultation", CONSULTATIONS, consultations),
        "closure_record", conformed("closure_record", CLOSURES, closures)));
  }

  @Test
  void selectionsOfAcceptedConsultationsAndCompletedClosures() {
    String[] consultations = {
      "I1|P1|V1|C|2024-05-01 09:00|true|WISHES,LIVEDEXP|LIVEDEXP|CONFIDENCE",
      "I2|P2|V2|C|2024-06-01 09:00|true|WISHES,WISHES||",   // one option is one selection
      "I3|P3|V3|C|2024-06-01 09:00|false|HEALTH||",          // not accepted
      "I4|P4|V4|C|2024-06-01 09:00||HEALTH||",               // Accepted unanswered
      "I5|P5|V5|D|2024-06-01 09:00|true|HEALTH||",           // draft
    };
    Dataset<Row> table = build(consultations,
        "C1|P1|V1|C|2024-07-01 09:00|true|WISHES|DA,MH|RELATION",
        "C2|P2|V2|C|2024-08-01 09:00|false|INDEP||CPV",      // outcome not achieved: still counts
        "C3|P3|V3|D|2024-08-01 09:00|true|HEALTH||",         // draft
        "C4|P4|V4|X|2024-08-01 09:00|true|HEALTH||",         // cancelled
        "C5|P5|V5|C|2025-04-02 09:00|true|HEALTH||");        // created after A
    assertRows(table.filter(col("selections").gt(0)), "financial_year|source|focus_group|focus|selections",
        "2024-25|Initial Consultation|Child|Wishes and feelings|2",
        "2024-25|Initial Consultation|Child|Explore lived experience|1",
        "2024-25|Initial Consultation|Adult|Explore lived experience|1",
        "2024-25|Initial Consultation|Parent|Confidence building with parenting|1",
        "2024-25|Closure Record|Child|Wishes and feelings|1",
        "2024-25|Closure Record|Child|Preparing for Independence|1",
        "2024-25|Closure Record|Adult|Domestic abuse support / perpetrator work|1",
        "2024-25|Closure Record|Adult|Mental Health Support|1",
        "2024-25|Closure Record|Parent|Relationship rebuilding within the family|1",
        "2024-25|Closure Record|Parent|Reduction in child harming a parent|1");
    assertEquals(66, table.count());
  }

  @Test
  void theWholeCatalogueOfBothSourcesIsZeroFilled() {
    Dataset<Row> table = build(new String[] {"I1|P1|V1|C|2024-05-01 09:00|true|HEALTH||"});
    Dataset<Row> perGroup = table.groupBy("financial_year", "source", "focus_group")
        .agg(count(lit(1)).as("focuses"), sum(col("selections")).as("selections"));
    assertRows(perGroup, "financial_year|source|focus_group|focuses|selections",
        "2024-25|Initial Consultation|Child|14|1",
        "2024-25|Initial Consultation|Adult|13|0",
        "2024-25|Initial Consultation|Parent|6|0",
        "2024-25|Closure Record|Child|14|0",
        "2024-25|Closure Record|Adult|13|0",
        "2024-25|Closure Record|Parent|6|0");
    // Rows run by source, group and the report's order of each list.
    assertEquals(
        "Confidence building with parenting,Increase understanding of impact of adult behaviours on child,"
            + "Relationship rebuilding within the family,Safety planning,Accessing the community as a family,"
            + "Reduction in child harming a parent",
        String.join(",", table.filter("source = 'Closure Record' and focus_group = 'Parent'")
            .select("focus").as(Encoders.STRING()).collectAsList()));
    Row first = table.first();
    assertEquals("Initial Consultation|Child|Wishes and feelings",
        first.getAs("source") + "|" + first.getAs("focus_group") + "|" + first.getAs("focus"));
  }

  @Test
  void fyRangeStartsAtTheFirstSelectionOfEitherSource() {
    String[] consultations = {
      "I0|P0|V0|C|2021-06-01 09:00|true|||",                 // nothing selected: no fact
      "I1|P1|V1|C|2024-04-01 00:00|true||SUBST|",            // first minute of 2024-25
    };
    Dataset<Row> table = build(consultations,
        "C1|P1|V1|C|2023-03-31 23:59|true|||SAFETY");        // last minute of 2022-23
    Dataset<Row> perSource = table.groupBy("financial_year", "source")
        .agg(count(lit(1)).as("rows"), sum(col("selections")).as("selections"));
    assertRows(perSource, "financial_year|source|rows|selections",
        "2022-23|Initial Consultation|33|0",
        "2022-23|Closure Record|33|1",
        "2023-24|Initial Consultation|33|0",
        "2023-24|Closure Record|33|0",
        "2024-25|Initial Consultation|33|1",
        "2024-25|Closure Record|33|0");
  }

  @Test
  void factsAreOneRowPerSelection() {
    Dataset<Row> facts = FocusCounts.facts(inputs(
        "initial_consultation", conformed("initial_consultation", CONSULTATIONS,
            "I1|P1|V1|C|2024-05-01 09:00|true|RELATION||RELATION"),
        "closure_record", conformed("closure_record", CLOSURES, "C1|P1||C|2024-06-01 09:00||||CPV")));
    assertRows(facts,
        "form_id|person_id|involvement_id|created_date|financial_year|source|focus_group|focus",
        "I1|P1|V1|2024-05-01|2024-25|Initial Consultation|Child|Relationship rebuilding within the family",
        "I1|P1|V1|2024-05-01|2024-25|Initial Consultation|Parent|Relationship rebuilding within the family",
        "C1|P1||2024-06-01|2024-25|Closure Record|Parent|Reduction in child harming a parent");
  }

  @Test
  void noSelectionNoRows() {
    assertEquals(0, build(new String[] {"I1|P1|V1|C|2024-05-01 09:00|true|||"}).count());
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,source:string,focus_group:string,focus:string,selections:bigint",
        types(build(new String[] {"I1|P1|V1|C|2024-05-01 09:00|true|WISHES||"})));
  }
}
