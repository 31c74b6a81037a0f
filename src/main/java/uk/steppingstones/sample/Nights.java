package uk.steppingstones.sample;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the nightly extracts from the source records. The full extract of 28 March 2025 is a
 * snapshot: each record as it stood that night. Each later night carries only the records that
 * changed that day, as they stood at the end of it. A version pinned to an extract goes there
 * whatever its date (planted ties and stale re-sends).
 */
final class Nights {
  static final String FULL = "20250328";

  /** Extracts in the order the pipeline processes them (date, then same-day number). */
  static final List<String> EXTRACTS =
      List.of(FULL, "20250329", "20250330", "20250331", "20250331_1");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  static String extractOf(SourceRecord.Version v) {
    if (v.extract != null) return v.extract;
    return nightOf(v.lastModified);
  }

  static String nightOf(LocalDateTime changed) {
    LocalDateTime t = changed;
    if (!t.toLocalDate().isAfter(Timeline.FULL_EXTRACT)) return FULL;
    if (t.toLocalDate().isAfter(Timeline.AS_OF))
      throw new IllegalStateException("changed after the last night: " + t);
    return DAY.format(t.toLocalDate());
  }

  static String fileName(String dataset, String extract) {
    return dataset + "_" + extract + ".csv";
  }

  /** Every extract file, keyed by file name, in processing order. */
  static Map<String, ExtractFile> cut(Sources sources) {
    Map<String, ExtractFile> files = new LinkedHashMap<>();
    for (String extract : EXTRACTS) {
      for (String dataset : SampleDatasets.names()) {
        ExtractFile file =
            new ExtractFile(fileName(dataset, extract), dataset, SampleDatasets.header(dataset));
        for (SourceRecord r : sources.of(dataset)) {
          SourceRecord.Version v = lastSentIn(r, extract);
          if (v != null)
            file.rows.add(
                new ArrayList<>(
                    file.header.stream().map(c -> v.values.getOrDefault(c, "")).toList()));
        }
        if (isWritten(dataset, extract, file)) files.put(file.name, file);
      }
    }
    return files;
  }

  private static SourceRecord.Version lastSentIn(SourceRecord r, String extract) {
    SourceRecord.Version last = null;
    for (SourceRecord.Version v : r.versions) {
      if (extractOf(v).equals(extract)) last = v;
    }
    return last;
  }

  /** LCS writes every dataset every night, even with no changes; finance only when it changed. */
  private static boolean isWritten(String dataset, String extract, ExtractFile file) {
    if (extract.equals(FULL) || !file.rows.isEmpty()) return true;
    return !SampleDatasets.FINANCE.contains(dataset)
        && !dataset.equals(SampleDatasets.TEAM_GROUP)
        && !extract.contains("_");
  }
}
