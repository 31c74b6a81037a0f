package uk.steppingstones.landing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.steppingstones.landing.dataset.Person;
import uk.steppingstones.landing.dataset.SsInvolvement;

class HeaderMappingTest {
  @Test
  void matchesNamesCaseInsensitivelyInAnyOrderAndLeavesPersonalColumnsBehind() {
    HeaderMapping h = HeaderMapping.of(new Person(),
        List.of(" lastmodified", "FORENAME", "PersonId ", "Surname", "dateofbirth", "Ethnicity"));
    assertNull(h.rejection());
    assertEquals(Map.of("LastModified", 0, "PersonID", 2, "DateOfBirth", 4), h.positions());
    assertEquals(Map.of("Ethnicity", 5), h.extras());
    assertEquals(6, h.width());
  }

  @Test
  void aMissingRequiredColumnRejectsTheFileNamingTheColumn() {
    HeaderMapping h = HeaderMapping.of(new SsInvolvement(), List.of("InvolvementID", "PersonID", "LastModified"));
    assertEquals("missing required column 'StartDate'", h.rejection());
  }

  @Test
  void aColumnNamedTwiceRejectsTheFile() {
    HeaderMapping h = HeaderMapping.of(new SsInvolvement(),
        List.of("InvolvementID", "PersonID", "StartDate", "personid", "LastModified"));
    assertEquals("the header names column 'personid' twice", h.rejection());
  }

  @Test
  void fileNamesAreRecognisedAndOrderedByExtract() {
    LandingFile a = LandingFile.recognise("/x/plo_20250302_1.csv", "plo_20250302_1.csv").orElseThrow();
    LandingFile b = LandingFile.recognise("/x/plo_20250302.csv", "plo_20250302.csv").orElseThrow();
    LandingFile c = LandingFile.recognise("/x/person_20250301.csv", "person_20250301.csv").orElseThrow();
    assertEquals(List.of(c, b, a), java.util.stream.Stream.of(a, b, c).sorted().toList());
    assertEquals(1, a.sameDayNumber());
    assertTrue(a.rank(0) > b.rank(5), "a later same-day extract outranks any correction of an earlier one");
    assertTrue(b.rank(1) > b.rank(0), "a correction outranks the file it corrects");
    assertTrue(LandingFile.recognise("/x/notes_20250301.csv", "notes_20250301.csv").isEmpty());
    assertTrue(LandingFile.recognise("/x/plo_2025031.csv", "plo_2025031.csv").isEmpty());
    assertTrue(LandingFile.recognise("/x/plo_20251301.csv", "plo_20251301.csv").isEmpty());
  }
}
