package uk.steppingstones.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The nightly command's arguments (outputs.md): {@code --landing DIR --lake DIR --export DIR
 * [--as-of yyyy-MM-dd] [--pseudonym-key-file FILE]}; the key may instead come from the
 * environment variable SS_PSEUDONYM_KEY.
 */
public record NightlyOptions(String landing, String lake, String export, Optional<LocalDate> asOf, String pseudonymKey) {

  public static final String USAGE =
      "usage: nightly.sh --landing DIR --lake DIR --export DIR [--as-of yyyy-MM-dd] [--pseudonym-key-file FILE]";

  public static NightlyOptions parse(String[] args, java.util.Map<String, String> env) {
    String landing = null, lake = null, export = null, asOf = null, keyFile = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a + "\n" + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--landing" -> landing = v;
        case "--lake" -> lake = v;
        case "--export" -> export = v;
        case "--as-of" -> asOf = v;
        case "--pseudonym-key-file" -> keyFile = v;
        default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
      }
    }
    if (landing == null || lake == null || export == null) {
      throw new IllegalArgumentException("--landing, --lake and --export are required\n" + USAGE);
    }
    String key;
    if (keyFile != null) {
      try {
        key = Files.readString(Path.of(keyFile), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the pseudonymisation key file " + keyFile + ": " + e.getMessage());
      }
    } else {
      key = env.getOrDefault("SS_PSEUDONYM_KEY", "").strip();
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "no pseudonymisation key: give --pseudonym-key-file FILE or set SS_PSEUDONYM_KEY; the job will not start without one");
    }
    Optional<LocalDate> date;
    try {
      date = Optional.ofNullable(asOf).map(LocalDate::parse);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be yyyy-MM-dd, not " + asOf);
    }
    return new NightlyOptions(landing, lake, export, date, key);
  }
}
