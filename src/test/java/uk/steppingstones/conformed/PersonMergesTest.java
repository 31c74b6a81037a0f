package uk.steppingstones.conformed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;

class PersonMergesTest extends SparkTest {
  @Test
  void chainsAreFollowedToTheirEndAndCyclesLeftAlone() {
    PersonMerges.Resolution r = PersonMerges.resolve(Map.of(
        "A", "B", "B", "C",          // chain A -> B -> C
        "X", "Y", "Y", "X",          // cycle
        "Z", "X"));                  // leads into the cycle
    assertEquals(Map.of("A", "C", "B", "C"), r.survivors());
    assertEquals(Set.of("X", "Y", "Z"), r.cycles());
  }

  @Test
  void recordsPointAtTheSurvivorAndKeepTheIdTheyCameWith() {
    var map = PersonMerges.asFrame(spark, Map.of("A", "C", "B", "C"));
    var records = text("involvement_id|person_id", "I1|A", "I2|B", "I3|C", "I4|D");
    assertRows(PersonMerges.repoint(records, map), "involvement_id|person_id|source_person_id",
        "I1|C|A", "I2|C|B", "I3|C|C", "I4|D|D");
  }

  @Test
  void changesBetweenTwoNightsIncludeUnmergedIds() {
    var before = PersonMerges.asFrame(spark, Map.of("A", "B", "K", "L"));
    var after = PersonMerges.asFrame(spark, Map.of("A", "C", "K", "L", "M", "N"));
    // A moved to C; K unchanged; M newly merged. And an id no longer merged points back to itself:
    var unmerged = PersonMerges.changes(PersonMerges.asFrame(spark, Map.of("Q", "R")), after);
    assertRows(PersonMerges.changes(before, after), "person_id|surviving_person_id", "A|C", "M|N");
    assertRows(unmerged, "person_id|surviving_person_id", "A|C", "K|L", "M|N", "Q|Q");
  }
}
