package uk.steppingstones.report.fgc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FgcMeetingsTest extends FgcTest {
  private static Dataset<Row> build(String... meetings) {
    return new FgcMeetings().build(inputs("fgc_meeting", conformed("fgc_meeting", MEETINGS, meetings)));
  }

  @Test
  void heldMeetingsPerTypeAndStage() {
    Dataset<Row> table = build(
        "M1|W1|2024-03-31|FGC|INITIAL|HELD",       // 31 March: 2023-24
        "M2|W1|2024-04-01|FGC|REVIEW|HELD",        // 1 April: 2024-25
        "M3|W2|2024-05-01|FM|INITIAL|HELD",
        "M4|W2|2024-05-02|FM|INITIAL|CANCELLED",   // cancelled: not counted
        "M5|W2|2024-09-01|FM|REVIEW|HELD",
        "M6|W3|2024-10-01|FM|REVIEW|HELD",
        "M7|W3|2025-04-01|FGC|INITIAL|HELD");      // after A
    assertRows(table, "financial_year|meeting_type|stage|meetings",
        "2023-24|FGC|Initial|1",
        "2023-24|FGC|Review|0",
        "2023-24|Family Meeting|Initial|0",
        "2023-24|Family Meeting|Review|0",
        "2024-25|FGC|Initial|0",
        "2024-25|FGC|Review|1",
        "2024-25|Family Meeting|Initial|1",
        "2024-25|Family Meeting|Review|2");
    assertEquals(
        List.of("FGC Initial", "FGC Review", "Family Meeting Initial", "Family Meeting Review"),
        table.filter("financial_year = '2024-25'").selectExpr("concat(meeting_type, ' ', stage)")
            .collectAsList().stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void fyRangeStartsAtTheFirstHeldMeeting() {
    // The 2021-22 meeting was cancelled: the range starts in 2023-24 and 2024-25 is all zeros.
    assertRows(
        build("M1|W1|2021-06-01|FGC|INITIAL|CANCELLED", "M2|W2|2023-06-01|FM|REVIEW|HELD"),
        "financial_year|meeting_type|stage|meetings",
        "2023-24|FGC|Initial|0",
        "2023-24|FGC|Review|0",
        "2023-24|Family Meeting|Initial|0",
        "2023-24|Family Meeting|Review|1",
        "2024-25|FGC|Initial|0",
        "2024-25|FGC|Review|0",
        "2024-25|Family Meeting|Initial|0",
        "2024-25|Family Meeting|Review|0");
  }

  @Test
  void onlyCancelledMeetingsNoRows() {
    assertEquals(0, build("M1|W1|2024-06-01|FGC|INITIAL|CANCELLED").count());
  }

  @Test
  void factsAreOneRowPerHeldMeeting() {
    var in = inputs("fgc_meeting", conformed("fgc_meeting", MEETINGS,
        "M1|W1|2024-06-01|FM|REVIEW|HELD", "M2|W1|2024-06-02|FGC|INITIAL|CANCELLED"));
    assertRows(FgcMeetings.facts(in), "meeting_id|workspace_id|meeting_date|financial_year|meeting_type|stage",
        "M1|W1|2024-06-01|2024-25|Family Meeting|Review");
  }

  @Test
  void exportTypes() {
    assertEquals("financial_year:string,meeting_type:string,stage:string,meetings:bigint",
        types(build("M1|W1|2024-06-01|FGC|INITIAL|HELD")));
  }
}
