package uk.steppingstones;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.junit.jupiter.api.Test;

class SmokeTest extends SparkTest {
  @Test
  void deltaRoundTrip() throws Exception {
    Path dir = Files.createTempDirectory("smoke");
    Dataset df = conformed("ss_involvement", "involvement_id|person_id|start_date", "I1|P1|2024-04-01");
    df.write().format("delta").save(dir.resolve("t").toString());
    assertRows(spark.read().format("delta").load(dir.resolve("t").toString()), "involvement_id|start_date|end_date", "I1|2024-04-01|");
  }
}
