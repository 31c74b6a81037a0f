package uk.steppingstones.report.forms;

import static org.apache.spark.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.report.ReportTest;

class FormsCreatedTest extends ReportTest {
  private static final String FORMS = "form_id|person_id|involvement_id|form_type|step_status|created_at";

  private static Dataset<Row> forms(String... rows) {
    return conformed("lcs_form", FORMS, rows);
  }

  @Test
  void draftsCountCancelledAndLaterFormsDoNotAndEveryFormTypeIsPresent() {
    Dataset<Row> forms = forms(
        "F1|P1|I1|SS_IC|C|2024-03-31 23:59:00",   // last minute of 2023-24
        "F2|P2|I2|SS_IC|D|2024-04-01 00:00:00",   // first minute of 2024-25; a draft counts
        "F3|P3|I3|SS_IC|X|2024-05-01 10:00:00",   // cancelled: never counts
        "F4|P1|I1|SS_GS|C|2025-03-31 23:59:00",   // created on A: counts
        "F5|P1|I1|SS_GS|C|2025-04-01 00:00:00",   // created after A
        "F6|P4||SS_CLOSE|D|2024-06-01 09:00:00",
        "F7|P4||SS_CLOSE|C|2024-06-02 09:00:00");
    assertRows(new FormsCreated().build(inputs("lcs_form", forms)), "financial_year|form_type|forms",
        "2023-24|Initial Consultations|1",
        "2023-24|Review Consultations|0",
        "2023-24|Step Down Meetings|0",
        "2023-24|Evaluation Meetings|0",
        "2023-24|Closure Record|0",
        "2023-24|Group Supervisions|0",
        "2023-24|Adult Soft Measures|0",
        "2023-24|Child Soft Measures|0",
        "2023-24|Target Achievement Forms|0",
        "2024-25|Initial Consultations|1",
        "2024-25|Review Consultations|0",
        "2024-25|Step Down Meetings|0",
        "2024-25|Evaluation Meetings|0",
        "2024-25|Closure Record|2",
        "2024-25|Group Supervisions|1",
        "2024-25|Adult Soft Measures|0",
        "2024-25|Child Soft Measures|0",
        "2024-25|Target Achievement Forms|0");
  }

  @Test
  void rowsRunInTheReportsOrder() {
    Dataset<Row> table = new FormsCreated().build(inputs("lcs_form", forms("F1|P1||SS_TAF|C|2024-05-01 09:00")));
    assertEquals(
        "Initial Consultations,Review Consultations,Step Down Meetings,Evaluation Meetings,Closure Record,"
            + "Group Supervisions,Adult Soft Measures,Child Soft Measures,Target Achievement Forms",
        String.join(",", table.select("form_type").as(Encoders.STRING()).collectAsList()));
  }

  @Test
  void fyRangeStartsAtTheFirstCountedFormWithZeroYearsBetween() {
    Dataset<Row> forms = forms(
        "F1|P1||SS_TAF|X|2020-06-01 09:00",   // cancelled: does not start the range
        "F2|P1||SS_TAF|C|2022-06-01 09:00",
        "F3|P2||SS_RC|D|2024-09-01 09:00");
    Dataset<Row> perYear = new FormsCreated().build(inputs("lcs_form", forms))
        .groupBy("financial_year")
        .agg(count(lit(1)).as("rows"), sum(col("forms")).as("forms"),
            sum(when(col("form_type").equalTo("Target Achievement Forms"), col("forms"))).as("taf"));
    assertRows(perYear, "financial_year|rows|forms|taf",
        "2022-23|9|1|1",
        "2023-24|9|0|0",
        "2024-25|9|1|0");
  }

  @Test
  void factsNameEachCountedForm() {
    Dataset<Row> forms = forms(
        "F1|P1|I1|SS_IC|C|2024-03-31 23:59:00",
        "F2|P2||SS_GS|D|2024-04-01 00:00:00",
        "F3|P3||SS_GS|X|2024-04-01 00:00:00");
    assertRows(FormsCreated.facts(inputs("lcs_form", forms)),
        "form_id|person_id|involvement_id|created_date|financial_year|form_type|step_status",
        "F1|P1|I1|2024-03-31|2023-24|Initial Consultations|C",
        "F2|P2||2024-04-01|2024-25|Group Supervisions|D");
  }

  @Test
  void noCountedFormNoRows() {
    Dataset<Row> forms = forms("F1|P1||SS_IC|X|2024-05-01 09:00");
    assertEquals(0, new FormsCreated().build(inputs("lcs_form", forms)).count());
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,form_type:string,forms:bigint",
        types(new FormsCreated().build(inputs("lcs_form", forms("F1|P1||SS_IC|C|2024-05-01 09:00")))));
  }
}
