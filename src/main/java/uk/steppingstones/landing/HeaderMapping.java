package uk.steppingstones.landing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each contract column sits in one file's header. Names match case-insensitively after
 * trimming; order is free. Personal columns are recognised only so they can be left behind.
 *
 * @param positions contract header name to its 0-based position in the file
 * @param extras extra (non-contract, non-personal) column name as written to its position
 * @param width number of columns in the header
 * @param rejection why the file is rejected whole, or null
 */
public record HeaderMapping(Map<String, Integer> positions, Map<String, Integer> extras, int width, String rejection) {
  /**
   * The most columns a landing file may have: far more than any dataset (a dozen, plus extras), and
   * few enough for Spark, which reads each column as a column of its own.
   */
  public static final int MAX_COLUMNS = 512;

  /** Why a file with a wider header is rejected. */
  public static final String TOO_WIDE = "the header has more than " + MAX_COLUMNS + " columns";

  public static HeaderMapping of(DatasetContract dataset, List<String> header) {
    if (header.size() > MAX_COLUMNS) {
      return rejected(header, TOO_WIDE);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String key = normalise(header.get(i));
      if (key.isEmpty()) {
        continue;
      }
      if (seen.putIfAbsent(key, i) != null) {
        return rejected(header, "the header names column '" + header.get(i).strip() + "' twice");
      }
    }
    Map<String, Integer> positions = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (ContractColumn c : dataset.columns()) {
      Integer at = seen.remove(normalise(c.header()));
      if (at != null) {
        positions.put(c.header(), at);
      } else if (c.required()) {
        missing.add(c.header());
      }
    }
    if (!missing.isEmpty()) {
      return rejected(header, "missing required column " + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
    }
    DatasetContract.PERSONAL_HEADERS.forEach(seen::remove);
    Map<String, Integer> extras = new LinkedHashMap<>();
    seen.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> extras.put(header.get(e.getValue()).strip(), e.getValue()));
    return new HeaderMapping(positions, extras, header.size(), null);
  }

  private static HeaderMapping rejected(List<String> header, String why) {
    return new HeaderMapping(Map.of(), Map.of(), header.size(), why);
  }

  static String normalise(String name) {
    return name == null ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }
}
