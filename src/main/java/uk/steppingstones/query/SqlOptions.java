package uk.steppingstones.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of {@code jobs/sql.sh}. Statements come from {@code -e SQL} and {@code -f FILE}, in
 * the order given; with neither, the interactive shell starts. A bare argument is a statement too
 * (or a file, when it is a path ending in .sql), which keeps the old
 * {@code jobs/query.sh --lake DIR "SQL"} working.
 */
record SqlOptions(String lake, List<Source> sources, boolean csv, Optional<String> asPublished, int maxRows,
    boolean help) {

  static final String USAGE = "usage: sql.sh --lake DIR [--as-published NIGHT] [-e SQL]... [-f FILE]... [--csv]"
      + " [--max-rows N]  (no -e/-f: interactive shell; NIGHT: an as-of date yyyy-MM-dd or a run id)";
  static final int DEFAULT_MAX_ROWS = 1000;

  /** Where statements come from: SQL text, or a file of it. */
  record Source(boolean isFile, String text) {
    static Source sql(String sql) {
      return new Source(false, sql);
    }

    static Source file(String path) {
      return new Source(true, path);
    }
  }

  boolean interactive() {
    return sources.isEmpty();
  }

  static SqlOptions parse(String[] args) {
    String lake = null;
    String asPublished = null;
    List<Source> sources = new ArrayList<>();
    boolean csv = false;
    int maxRows = DEFAULT_MAX_ROWS;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return new SqlOptions(null, List.of(), false, Optional.empty(), maxRows, true);
        }
        case "--csv" -> csv = true;
        case "--lake" -> lake = value(args, ++i, a);
        case "--as-published" -> asPublished = value(args, ++i, a);
        case "-e" -> sources.add(Source.sql(value(args, ++i, a)));
        case "-f" -> sources.add(Source.file(value(args, ++i, a)));
        case "--max-rows" -> maxRows = positive(value(args, ++i, a), a);
        default -> {
          if (a.startsWith("-") && !a.contains(" ")) {
            throw new BadInput("unknown option " + a + "; " + USAGE);
          }
          boolean file = a.endsWith(".sql") && !a.strip().contains(" ");
          sources.add(file ? Source.file(a) : Source.sql(a));
        }
      }
    }
    if (lake == null || lake.isBlank()) {
      throw new BadInput("--lake DIR is required; " + USAGE);
    }
    if (asPublished != null && asPublished.isBlank()) {
      throw new BadInput("--as-published needs a night: an as-of date yyyy-MM-dd or a run id");
    }
    return new SqlOptions(lake, List.copyOf(sources), csv, Optional.ofNullable(asPublished), maxRows, false);
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length || (args[i].startsWith("--") && !args[i].contains(" "))) {
      throw new BadInput("missing value after " + option);
    }
    return args[i];
  }

  private static int positive(String v, String option) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInput(option + " needs a whole number above 0, not '" + v + "'");
  }
}
