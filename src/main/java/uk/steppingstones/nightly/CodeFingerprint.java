package uk.steppingstones.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A checksum of the pipeline's own code (its jar, or its compiled classes), so the report tables
 * are rebuilt after the definitions changed even when no new data arrived.
 */
final class CodeFingerprint {
  private CodeFingerprint() {}

  static String of() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      Path where = Path.of(NightlyJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<Path> files;
      if (Files.isDirectory(where)) {
        try (var walk = Files.walk(where)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(where);
      }
      byte[] buf = new byte[64 * 1024];
      for (Path f : files) {
        sha.update(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
          while (in.read(buf) > 0) {
            // digesting
          }
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException | java.net.URISyntaxException | RuntimeException e) {
      // Unknown code: always rebuild rather than risk a stale report.
      return "unknown-" + System.nanoTime();
    }
  }
}
