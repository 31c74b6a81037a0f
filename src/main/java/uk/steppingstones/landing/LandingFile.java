package uk.steppingstones.landing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file in the landing folder whose name follows {@code <dataset>_<yyyyMMdd>[_<n>].csv}.
 *
 * @param path full path (any Hadoop file system URI)
 * @param name file name
 * @param dataset the dataset contract it belongs to
 * @param extractDate the extract date in the name
 * @param sameDayNumber {@code n}, 0 for the first extract of the day
 */
public record LandingFile(String path, String name, DatasetContract dataset, LocalDate extractDate, int sameDayNumber)
    implements Comparable<LandingFile> {

  private static final Pattern NAME = Pattern.compile("^([a-z_]+?)_(\\d{8})(?:_(\\d{1,3}))?\\.csv$");

  /** The landing file named {@code name}, or empty when the name is not one of a known dataset. */
  public static Optional<LandingFile> recognise(String path, String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<DatasetContract> dataset = Datasets.named(m.group(1));
    if (dataset.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(2), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
    int n = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return Optional.of(new LandingFile(path, name, dataset.get(), date, n));
  }

  /**
   * The file's place in extract order, as one number: extract date, then same-day number, then
   * {@code revision} (how many different contents of this same name were ingested before it),
   * so a correction of a file ranks after the file it corrects.
   */
  public long rank(int revision) {
    long day = extractDate.getYear() * 10000L + extractDate.getMonthValue() * 100L + extractDate.getDayOfMonth();
    return (day * 1000 + sameDayNumber) * 1000 + revision;
  }

  @Override
  public int compareTo(LandingFile o) {
    int c = extractDate.compareTo(o.extractDate);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(sameDayNumber, o.sameDayNumber);
    return c != 0 ? c : name.compareTo(o.name);
  }
}
