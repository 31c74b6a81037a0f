package uk.steppingstones.sample;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a source system and every version of it the system has held, oldest first. The
 * nightly extracts are cut from these versions (see {@link Nights}).
 */
final class SourceRecord {
  final String dataset;
  final String key;
  final List<Version> versions = new ArrayList<>();

  SourceRecord(String dataset, String key) {
    this.dataset = dataset;
    this.key = key;
  }

  Version latest() {
    return versions.get(versions.size() - 1);
  }

  String get(String column) {
    return latest().values.get(column);
  }

  /**
   * One version as an extract shows it: the text of every column (LastModified and Deleted
   * included) and when it changed. {@code extract} pins it to one extract file (e.g. {@code
   * 20250331_1}) where a tie between files is planted; otherwise the night of its change.
   */
  static final class Version {
    final Map<String, String> values;
    final LocalDateTime lastModified;
    String extract;

    Version(Map<String, String> values, LocalDateTime lastModified) {
      this.values = new LinkedHashMap<>(values);
      this.lastModified = lastModified;
    }

    boolean isDeleted() {
      String d = values.getOrDefault(SampleDatasets.DELETED, "");
      return d.equalsIgnoreCase("yes") || d.equalsIgnoreCase("y");
    }
  }
}
