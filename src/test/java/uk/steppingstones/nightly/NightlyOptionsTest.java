package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightlyOptionsTest {
  @TempDir Path tmp;

  private static final String[] REQUIRED = {"--landing", "in", "--lake", "lake", "--export", "out"};

  @Test
  void theKeyFileIsTrimmedAndWinsOverTheEnvironment() throws Exception {
    Path key = Files.writeString(tmp.resolve("key"), "  s3cret \n");
    NightlyOptions o = NightlyOptions.parse(
        new String[] {"--landing", "in", "--lake", "lake", "--export", "out", "--pseudonym-key-file", key.toString(),
            "--as-of", "2025-03-31"},
        Map.of("SS_PSEUDONYM_KEY", "from-env"));
    assertEquals("s3cret", o.pseudonymKey());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), o.asOf());
  }

  @Test
  void theKeyMayComeFromTheEnvironment() {
    assertEquals("from-env", NightlyOptions.parse(REQUIRED, Map.of("SS_PSEUDONYM_KEY", " from-env ")).pseudonymKey());
  }

  @Test
  void withoutAKeyTheJobRefusesToStart() {
    var e = assertThrows(IllegalArgumentException.class, () -> NightlyOptions.parse(REQUIRED, Map.of()));
    assertTrue(e.getMessage().startsWith("no pseudonymisation key"));
    assertThrows(IllegalArgumentException.class, () -> NightlyOptions.parse(REQUIRED, Map.of("SS_PSEUDONYM_KEY", "  ")));
  }

  @Test
  void badArgumentsAreRefusedWithTheUsage() {
    assertThrows(IllegalArgumentException.class, () -> NightlyOptions.parse(new String[] {"--landing", "in"}, Map.of("SS_PSEUDONYM_KEY", "k")));
    assertThrows(IllegalArgumentException.class, () -> NightlyOptions.parse(
        new String[] {"--landing", "in", "--lake", "l", "--export", "o", "--as-of", "31/03/2025"}, Map.of("SS_PSEUDONYM_KEY", "k")));
    assertThrows(IllegalArgumentException.class, () -> NightlyOptions.parse(
        new String[] {"--landing", "in", "--lake", "l", "--export", "o", "--bogus", "x"}, Map.of("SS_PSEUDONYM_KEY", "k")));
  }

  @Test
  void theChildKeyIsTheFirst16HexOfHmacSha256() {
    // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog") is the RFC 4231-style
    // well-known vector f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8.
    assertEquals("f7bc83f430538424",
        new uk.steppingstones.common.ChildKey("key").of("The quick brown fox jumps over the lazy dog"));
  }
}
