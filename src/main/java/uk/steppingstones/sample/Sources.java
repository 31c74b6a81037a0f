package uk.steppingstones.sample;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source systems' records (LCS and finance) with their history of versions. Simulation code
 * adds and changes records here; {@link Nights} cuts the extracts from it.
 */
final class Sources {
  private final Formats formats;
  private final Map<String, List<SourceRecord>> records = new LinkedHashMap<>();

  Sources(Formats formats) {
    this.formats = formats;
    for (String d : SampleDatasets.names()) records.put(d, new ArrayList<>());
  }

  Formats formats() {
    return formats;
  }

  List<SourceRecord> of(String dataset) {
    return records.get(dataset);
  }

  /** A new record, first seen at {@code at}; values are column -> text, as {@link #row} builds. */
  SourceRecord add(String dataset, LocalDateTime at, Map<String, String> values) {
    String key =
        SampleDatasets.key(dataset).stream().map(values::get).collect(Collectors.joining("|"));
    SourceRecord r = new SourceRecord(dataset, key);
    Map<String, String> v = new LinkedHashMap<>(values);
    v.put(SampleDatasets.LAST_MODIFIED, formats.dateTime(at));
    v.put(SampleDatasets.DELETED, formats.notDeleted());
    r.versions.add(new SourceRecord.Version(v, at));
    records.get(dataset).add(r);
    return r;
  }

  /** A later version of {@code r}: the latest values with {@code changes} applied. */
  SourceRecord.Version change(SourceRecord r, LocalDateTime at, Map<String, String> changes) {
    Map<String, String> v = new LinkedHashMap<>(r.latest().values);
    v.putAll(changes);
    if (!changes.containsKey(SampleDatasets.LAST_MODIFIED))
      v.put(SampleDatasets.LAST_MODIFIED, formats.dateTime(at));
    SourceRecord.Version version = new SourceRecord.Version(v, at);
    r.versions.add(version);
    return version;
  }

  /** LCS soft-deletes: the record comes again with Deleted = Yes. */
  SourceRecord.Version delete(SourceRecord r, LocalDateTime at, String yes) {
    return change(r, at, row(SampleDatasets.DELETED, yes));
  }

  /** column, value, column, value, ... as an ordered map. */
  static Map<String, String> row(String... columnThenValue) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < columnThenValue.length; i += 2)
      m.put(columnThenValue[i], columnThenValue[i + 1]);
    return m;
  }
}
