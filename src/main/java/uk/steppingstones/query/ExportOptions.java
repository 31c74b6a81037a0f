package uk.steppingstones.query;

/** The arguments of {@code jobs/export.sh --lake DIR --as-published NIGHT --out DIR}. */
record ExportOptions(String lake, String asPublished, String out, boolean help) {

  static final String USAGE = "usage: export.sh --lake DIR --as-published NIGHT --out DIR"
      + "  (NIGHT: an as-of date yyyy-MM-dd or a run id)";

  static ExportOptions parse(String[] args) {
    String lake = null, night = null, out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return new ExportOptions(null, null, null, true);
        }
        case "--lake" -> lake = SqlOptions.value(args, ++i, a);
        case "--as-published" -> night = SqlOptions.value(args, ++i, a);
        case "--out" -> out = SqlOptions.value(args, ++i, a);
        default -> throw new BadInput((a.startsWith("-") ? "unknown option " : "unexpected argument ") + a + "; " + USAGE);
      }
    }
    if (lake == null || night == null || out == null) {
      throw new BadInput("--lake, --as-published and --out are required; " + USAGE);
    }
    return new ExportOptions(lake, night, out, false);
  }
}
