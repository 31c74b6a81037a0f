package uk.steppingstones.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Datasets;

/** The sample generator: deterministic, every dataset present, the planted messy files there. */
class SampleGeneratorTest {
  private static final long SEED = 20250331L;
  private static final double SCALE = 0.1;

  @TempDir static Path tmp;
  private static Path first;
  private static Path second;

  @BeforeAll
  static void generateTwice() throws IOException {
    first = tmp.resolve("first");
    second = tmp.resolve("second");
    SampleGenerator.generate(first, SEED, SCALE);
    SampleGenerator.generate(second, SEED, SCALE);
  }

  @Test
  void sameSeedAndScaleGiveByteIdenticalFiles() throws IOException {
    List<String> names = names(first);
    assertEquals(names, names(second));
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
  }

  @Test
  void everyDatasetHasAFile() throws IOException {
    List<String> names = names(first);
    assertEquals(15, Datasets.ALL.size());
    for (DatasetContract d : Datasets.ALL) {
      assertTrue(
          names.stream().anyMatch(n -> n.matches(d.name() + "_\\d{8}(_\\d+)?\\.csv")),
          "no file for " + d.name());
    }
  }

  @Test
  void headersNameTheContractColumns() {
    for (DatasetContract d : Datasets.ALL) {
      List<String> contract =
          d.columns().stream().map(c -> c.header().toLowerCase(Locale.ROOT)).sorted().toList();
      List<String> written =
          SampleDatasets.header(d.name()).stream()
              .map(h -> h.toLowerCase(Locale.ROOT))
              .filter(h -> !DatasetContract.PERSONAL_HEADERS.contains(h))
              .sorted()
              .toList();
      assertEquals(contract, written, d.name());
    }
  }

  @Test
  void fileToRejectLacksItsRequiredColumnAndIsResent() throws IOException {
    assertFalse(header(MessyFiles.MISSING_COLUMN_FILE).contains(MessyFiles.MISSING_COLUMN));
    assertTrue(header(MessyFiles.RESENT_FILE).contains(MessyFiles.MISSING_COLUMN));
    List<String> duplicated = header(MessyFiles.DUPLICATE_COLUMN_FILE);
    assertEquals(
        duplicated.size() - 1, duplicated.stream().distinct().count(), "one column named twice");
  }

  @Test
  void byteOrderMarkAndLineEndingsArePlanted() throws IOException {
    byte[] bom = Arrays.copyOf(Files.readAllBytes(first.resolve(MessyFiles.BOM_FILE)), 3);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bom);
    assertTrue(Files.readString(first.resolve(MessyFiles.CRLF_FILE)).contains("\r\n"));
    assertFalse(Files.readString(first.resolve("person_20250329.csv")).contains("\r\n"));
  }

  @Test
  void unrecognisedFilesAreThere() {
    for (String name : MessyFiles.UNRECOGNISED_FILES)
      assertTrue(Files.isRegularFile(first.resolve(name)), name);
  }

  @Test
  void headerVariationsArePlanted() throws IOException {
    assertEquals("EndDate", header(MessyFiles.REORDERED_FILE).get(0));
    assertEquals(" allocationid ", header(MessyFiles.RENAMED_HEADERS_FILE).get(0));
  }

  private static List<String> header(String file) throws IOException {
    String text =
        Files.readString(first.resolve(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
    String line = text.substring(0, text.indexOf('\n')).replace("\r", "");
    return Arrays.stream(line.split(",", -1)).map(h -> h.replace("\"", "")).toList();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
