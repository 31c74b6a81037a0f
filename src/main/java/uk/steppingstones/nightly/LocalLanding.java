package uk.steppingstones.nightly;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What Hadoop's listing of a landing folder on a local disk hides: an entry it cannot look at (a
 * broken link) is left out of the listing without a word, and a pipe or device is listed as a file,
 * whose opening would wait for ever. Both are files the night must name as unreadable, not skip or
 * hang on. On object storage every listed name is an object; there nothing is to be checked here.
 */
final class LocalLanding {
  private LocalLanding() {}

  /** Names in a local landing folder that Hadoop did not list; none for a folder on object storage. */
  static List<String> unlisted(org.apache.hadoop.fs.Path dir, Set<String> listed) throws IOException {
    Path local = local(dir.toString());
    List<String> names = new ArrayList<>();
    if (local == null) {
      return names;
    }
    try (Stream<Path> entries = Files.list(local)) {
      entries.map(p -> p.getFileName().toString()).filter(n -> !listed.contains(n) && !n.startsWith("."))
          .sorted().forEach(names::add);
    }
    return names;
  }

  /** Throws, saying why, when a local landing file is not a regular file that can be read. */
  static void checkReadable(String path) throws IOException {
    Path local = local(path);
    if (local == null) {
      return;
    }
    if (!Files.exists(local)) {
      throw new IOException(Files.isSymbolicLink(local) ? "a link to nothing" : "it is gone");
    }
    if (!Files.isRegularFile(local)) {
      throw new IOException("not a regular file: a pipe or a device");
    }
    if (!Files.isReadable(local)) {
      throw new IOException("no permission to read it");
    }
  }

  /** The reason in a few words, without the stack. */
  static String why(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip().replace('\n', ' ');
  }

  private static Path local(String path) {
    URI uri = new org.apache.hadoop.fs.Path(path).toUri();
    return uri.getScheme() == null || uri.getScheme().equals("file") ? Path.of(uri.getPath()) : null;
  }
}
