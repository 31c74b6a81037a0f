package uk.steppingstones.landing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

class LandingReaderTest extends SparkTest {
  @TempDir Path dir;

  private Dataset<Row> load(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    LandingFile file = LandingFile.recognise(f.toString(), name).orElseThrow();
    FileInspection inspection = FileInspection.of(new ByteArrayInputStream(bytes));
    assertNull(inspection.problem());
    HeaderMapping header = HeaderMapping.of(file.dataset(), inspection.header());
    assertNull(header.rejection());
    return RecordParser.parse(LandingReader.read(spark, file, header, file.rank(0), inspection.checksum()), file.dataset());
  }

  @Test
  void readsQuotedMultiLineFieldsWithLineNumbersBomCrlfAndAnyHeaderOrder() throws Exception {
    String csv =
        "\uFEFF LastModified ,personid,InvolvementID,StartDate,EndDate,Notes\r\n"
            + "2025-03-01,P1,I1,01/04/2024,,\"a, \"\"quoted\"\"\r\nnote\"\r\n"
            + "2025-03-01 10:15,P2,I2,2024-04-02 00:00:00,1900-01-01,x\r\n"
            + "2025-03-01,P3,I3,2024-04-03\r\n"
            + "2025-03-01,P4,I4,31/02/2024,,\r\n";
    Dataset<Row> rows = load("ss_involvement_20250301.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertRows(
        rows.selectExpr("involvement_id", "person_id", "cast(start_date as string) start_date",
            "cast(end_date as string) end_date", "source_line", "malformed",
            "extra_columns['Notes'] notes", "cast(size(problems) as string) problems"),
        "involvement_id|person_id|start_date|end_date|source_line|malformed|notes|problems",
        "I1|P1|2024-04-01||2|false|a, \"quoted\"\nnote|0",
        "I2|P2|2024-04-02||4|false|x|0",
        "I3|P3|2024-04-03||5|true||1",
        "I4|P4|||6|false||1");
    Row bad = rows.filter("involvement_id = 'I4'").select("problems").first();
    assertEquals("[StartDate,unreadable date]", bad.getList(0).get(0).toString());
  }

  @Test
  void inspectionRejectsInvalidUtf8() throws Exception {
    byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    assertTrue(FileInspection.of(new ByteArrayInputStream(bytes)).problem().startsWith("not valid UTF-8"));
  }
}
