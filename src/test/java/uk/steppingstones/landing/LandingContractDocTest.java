package uk.steppingstones.landing;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/landing.md says what the contract classes say, and the rejection messages the pipeline gives. */
class LandingContractDocTest {
  /** The project's document (surefire runs in the project directory). */
  private static final Path DOC = Path.of("docs", "landing.md");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void committedDocumentIsWhatJobsLandingDocWritesNow() throws IOException {
    String committed = doc();
    assertEquals(LandingContractDoc.render(committed), committed,
        "docs/landing.md is out of date: run jobs/landing-doc.sh and commit it");
  }

  @Test
  void everyDatasetHasItsSectionListingEveryColumnWithTypeAndWhetherRequired() throws IOException {
    String doc = doc();
    for (DatasetContract d : Datasets.ALL) {
      String start = "<!-- generated from the contract classes by jobs/landing-doc.sh: dataset " + d.name() + " -->";
      assertTrue(doc.contains("#### " + d.name() + "\n\n" + start), d.name() + " has no section of its own");
      String section = doc.substring(doc.indexOf(start), doc.indexOf("<!-- end of generated dataset " + d.name() + " -->"));
      for (ContractColumn c : d.columns()) {
        String row = "| `" + c.header() + "` | " + LandingContractDoc.type(c.type()) + " | " + (c.required() ? "yes" : "no") + " | ";
        assertTrue(section.contains(row), d.name() + " lacks the row " + row);
      }
      assertTrue(doc.contains("[`" + d.name() + "`](#" + d.name() + ")"), d.name() + " is not in the list of datasets");
    }
  }

  @Test
  void aDocumentMissingADatasetOrNamingAnUnknownPartIsRefused() throws IOException {
    String doc = doc();
    String personPart = "<!-- generated from the contract classes by jobs/landing-doc.sh: dataset person -->";
    String withoutPerson = doc.replace(personPart, "").replace("<!-- end of generated dataset person -->", "");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LandingContractDoc.render(withoutPerson))
        .getMessage().contains("dataset person"));
    String unknown = doc.replace("dataset person -->", "dataset people -->").replace("generated dataset person -->",
        "generated dataset people -->");
    assertThrows(IllegalArgumentException.class, () -> LandingContractDoc.render(unknown));
  }

  @Test
  void theReasonsAFileIsRejectedWholeAreTheOnesThePipelineGives() throws IOException {
    String doc = doc();
    DatasetContract involvements = Datasets.get("ss_involvement");
    List<String> given = List.of(
        HeaderMapping.of(involvements, List.of("InvolvementID", "PersonID", "EndDate", "LastModified")).rejection(),
        HeaderMapping.of(involvements, List.of("InvolvementID", "PersonID", "StartDate", "startdate", "LastModified"))
            .rejection(),
        HeaderMapping.of(involvements, List.of("InvolvementID", "EndDate", "LastModified")).rejection(),
        FileInspection.of(new ByteArrayInputStream(new byte[0])).problem(),
        FileInspection.of(new ByteArrayInputStream(new byte[] {'a', '\n', (byte) 0xff, '\n'})).problem()
            .replaceAll("about \\d+", "about N"),
        FileInspection.of(new ByteArrayInputStream(new byte[] {'a', '\n', (byte) 0xe2, (byte) 0x82})).problem(),
        FileInspection.of(new ByteArrayInputStream(new byte[] {'a', '\n', 0, '\n'})).problem()
            .replaceAll("line \\d+", "line N"),
        HeaderMapping.TOO_WIDE,
        FileInspection.of(new ByteArrayInputStream(("a" + "b".repeat(1 << 20)).getBytes(java.nio.charset.StandardCharsets.UTF_8))).problem(),
        RecordLayout.of(new ByteArrayInputStream(("a\n" + ",".repeat(RecordLayout.MAX_FIELDS)).getBytes(
            java.nio.charset.StandardCharsets.UTF_8)), 2, 1).problem().replaceAll("line \\d+", "line N"));
    for (String message : given) {
      assertTrue(doc.contains("`" + message + "`"), "docs/landing.md does not give the message: " + message);
    }
    for (String personal : DatasetContract.PERSONAL_HEADERS) {
      assertTrue(doc.toLowerCase(Locale.ROOT).contains("`" + personal + "`"), personal + " is not said to be dropped");
    }
    assertFalse(doc.contains("../shared") || doc.contains("shared/spec"), "project documents stand on their own");
  }
}
