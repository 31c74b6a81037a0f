package uk.steppingstones.document;

import java.util.Optional;

/**
 * The report command's arguments:
 * {@code --lake DIR --out DIR [--fy 2024-25] [--as-published NIGHT] [--data-quality [--nights N]]}.
 *
 * @param fy the financial year of the annual report; empty: the FY of the last successful run's as-of date
 * @param asPublished an extract night (yyyy-MM-dd, the as-of date of a successful run) or a run id:
 *     the gold tables as that run left them
 * @param dataQuality write the data-quality report instead of the annual report
 * @param nights how many of the last nights the data-quality report shows
 */
public record ReportOptions(String lake, String out, Optional<String> fy, Optional<String> asPublished,
    boolean dataQuality, int nights) {

  public static final String USAGE = "usage: report.sh --lake DIR --out DIR [--fy 2024-25] [--as-published NIGHT]"
      + " | report.sh --lake DIR --out DIR --data-quality [--nights N]";

  public static ReportOptions parse(String... args) {
    String lake = null, out = null, fy = null, published = null, nights = null;
    boolean dataQuality = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--data-quality")) {
        dataQuality = true;
        continue;
      }
      if (!a.startsWith("--")) {
        throw new BadInput("unexpected argument '" + a + "'; " + USAGE);
      }
      if (!java.util.Set.of("--lake", "--out", "--fy", "--as-published", "--nights").contains(a)) {
        throw new BadInput("unknown option " + a + "; " + USAGE);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new BadInput("missing value after " + a + "; " + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--lake" -> lake = v;
        case "--out" -> out = v;
        case "--fy" -> fy = v;
        case "--as-published" -> published = v;
        default -> nights = v;
      }
    }
    if (lake == null || out == null) {
      throw new BadInput("--lake and --out are required; " + USAGE);
    }
    if (fy != null && !fy.matches("\\d{4}-\\d{2}")
        || fy != null && (Integer.parseInt(fy.substring(0, 4)) + 1) % 100 != Integer.parseInt(fy.substring(5))) {
      throw new BadInput("--fy must be a financial year such as 2024-25, not '" + fy + "'");
    }
    if (dataQuality && (fy != null || published != null)) {
      throw new BadInput("--data-quality shows the last nights; it takes no --fy or --as-published");
    }
    if (!dataQuality && nights != null) {
      throw new BadInput("--nights goes with --data-quality");
    }
    int n = 14;
    if (nights != null) {
      try {
        n = Integer.parseInt(nights);
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1) {
        throw new BadInput("--nights must be a whole number of nights, 1 or more, not '" + nights + "'");
      }
    }
    return new ReportOptions(lake, out, Optional.ofNullable(fy), Optional.ofNullable(published), dataQuality, n);
  }
}
