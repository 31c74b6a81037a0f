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
    RecordLayout layout = RecordLayout.of(new ByteArrayInputStream(bytes), inspection.physicalLines(), inspection.header().size());
    assertNull(layout.problem());
    return RecordParser.parse(LandingReader.read(spark, file, header, layout, file.rank(0), inspection.checksum()),
        file.dataset());
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

  /** Each record's contract id, line number and whether it is malformed, as read from {@code csv}. */
  private void assertLines(String name, String csv, String... rows) throws Exception {
    assertRows(load(name, csv.getBytes(StandardCharsets.UTF_8)).selectExpr("involvement_id", "source_line", "malformed"),
        "involvement_id|source_line|malformed", rows);
  }

  @Test
  void blankLinesAreLinesOfTheirOwnAndMoveTheRecordsAfterThemDown() throws Exception {
    String csv = "InvolvementID,PersonID,StartDate,LastModified\n\nI1,P1,2024-04-01,2025-03-01\n\n\n"
        + "I2,P2,\"2024-04-02\",2025-03-01\nI3,\"P\n3\",2024-04-03,2025-03-01\n\nI4,P4,2024-04-04,2025-03-01\n\n";
    assertLines("ss_involvement_20250302.csv", csv,
        "|2|true", "I1|3|false", "|4|true", "|5|true", "I2|6|false", "I3|7|false", "|9|true", "I4|10|false",
        "|11|true");
  }

  @Test
  void aMalformedRecordSpanningLinesMovesTheRecordsAfterItDown() throws Exception {
    String csv = "InvolvementID,PersonID,StartDate,LastModified\n"
        + "I1,P1,2024-04-01,2025-03-01,\"one\ntwo\nthree\"\nI2,P2,2024-04-02,2025-03-01\n";
    assertLines("ss_involvement_20250303.csv", csv,
        "I1|2|true", "I2|5|false");
  }

  @Test
  void aBareLineFeedInsideAQuotedValueOfACrlfFileIsALineToo() throws Exception {
    String csv = "InvolvementID,PersonID,StartDate,LastModified\r\nI1,\"P\n1\",2024-04-01,2025-03-01\r\n"
        + "I2,P2,2024-04-02,2025-03-01\r\nI3,P3,\"2024-04-03\n\",2025-03-01,x\r\nI4,P4,2024-04-04,2025-03-01\r\n";
    assertLines("ss_involvement_20250305.csv", csv,
        "I1|2|false", "I2|4|false", "I3|5|true", "I4|7|false");
  }

  @Test
  void aFileOfOneLinePerRecordNeedsNoLayoutLookup() throws Exception {
    byte[] csv = "InvolvementID,PersonID,StartDate,LastModified\nI1,P1,2024-04-01,2025-03-01\nI2,P2,2024-04-02,2025-03-01\n"
        .getBytes(StandardCharsets.UTF_8);
    assertTrue(RecordLayout.of(new ByteArrayInputStream(csv), 3, 4).linesSkipped().isEmpty());
    Dataset<Row> rows = load("ss_involvement_20250304.csv", csv);
    assertRows(rows.selectExpr("involvement_id", "source_line"), "involvement_id|source_line", "I1|2", "I2|3");
  }

  @Test
  void aRecordWiderThanSparksDefaultIsReadAsOneWithTheWrongNumberOfFields() throws Exception {
    String csv = "InvolvementID,PersonID,StartDate,LastModified\nI1" + ",".repeat(30_000)
        + "\nI2,P2,2024-04-02,2025-03-01\n";
    assertLines("ss_involvement_20250303.csv", csv,
        "I1|2|true", "I2|3|false");
    byte[] wider = ("InvolvementID,PersonID,StartDate,LastModified\nI1" + ",".repeat(RecordLayout.MAX_FIELDS) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("line 2 has more than 100000 fields", RecordLayout.of(new ByteArrayInputStream(wider), 2, 4).problem());
  }

  @Test
  void inspectionRejectsNulBytesAndHeadersTooWideOrTooLong() throws Exception {
    byte[] utf16 = "PersonID,DateOfBirth\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("not a text file: a NUL byte on line 1 (UTF-16, or binary)",
        FileInspection.of(new ByteArrayInputStream(utf16)).problem());
    String wide = "PersonID" + ",C".repeat(100_000) + "\nP1\n";
    assertEquals(HeaderMapping.TOO_WIDE, FileInspection.of(new ByteArrayInputStream(wide.getBytes(StandardCharsets.UTF_8))).problem());
    String tooLong = "PersonID," + "x".repeat(1 << 20) + "\n";
    assertEquals("the header line is longer than 1048576 bytes",
        FileInspection.of(new ByteArrayInputStream(tooLong.getBytes(StandardCharsets.UTF_8))).problem());
  }

  @Test
  void inspectionRejectsInvalidUtf8() throws Exception {
    byte[] bytes = {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    assertTrue(FileInspection.of(new ByteArrayInputStream(bytes)).problem().startsWith("not valid UTF-8"));
  }
}
