package uk.steppingstones.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SampleLake;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.Lake;

/**
 * On the committed sample's lake (the night as {@code jobs/run-sample.sh} runs it), every
 * registered table's detail table, as written and exported, adds up to the table's figures, and
 * names no person.
 */
class SampleDetailAddsUpTest extends SparkTest {
  @Test
  void everyDetailTableOfTheSampleAddsUp() {
    Lake lake = new Lake(spark, SampleLake.lake().toString());
    Map<String, List<String>> problems = new TreeMap<>();
    long records = 0;
    for (ReportTable t : ReportTables.ALL) {
      Dataset<Row> detail = lake.read(lake.report(Detail.name(t)));
      assertTrue(Files.exists(SampleLake.get().export().resolve(Detail.name(t) + ".parquet")), Detail.name(t));
      if (t.detail(emptyInputs()).unlisted().isPresent()) {
        assertEquals(0, detail.count(), Detail.name(t));
        continue;
      }
      List<String> p = DetailAddsUp.problems(t, lake.read(lake.report(t.name())), detail);
      if (!p.isEmpty()) {
        problems.put(t.name(), p);
      }
      records += detail.count();
    }
    assertEquals(Map.of(), problems);
    assertTrue(records > 10_000, "the sample's figures rest on many records: " + records);
  }

  private static ReportInputs emptyInputs() {
    return ReportInputs.of(spark, Map.of(), java.time.LocalDate.of(2025, 3, 31), new uk.steppingstones.common.ChildKey("k"));
  }

  @Test
  void noDetailRowNamesAPerson() {
    Lake lake = new Lake(spark, SampleLake.lake().toString());
    Dataset<Row> people = lake.read(lake.conformed("person")).select("person_id");
    for (ReportTable t : ReportTables.ALL) {
      Dataset<Row> detail = lake.read(lake.report(Detail.name(t)));
      assertTrue(detail.join(people, detail.col("record_id").equalTo(people.col("person_id")), "left_semi").isEmpty(),
          Detail.name(t) + " names a PersonID");
      assertTrue(detail.join(people, detail.col("child_key").equalTo(people.col("person_id")), "left_semi").isEmpty(),
          Detail.name(t) + " holds a PersonID as child_key");
    }
  }
}
