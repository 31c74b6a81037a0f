package uk.steppingstones.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One landing file: a header and rows of text, written as RFC 4180 CSV by Commons CSV (which quotes
 * commas, quotes and line breaks). Line endings and a byte-order mark are per file.
 */
final class ExtractFile {
  final String name;
  final String dataset;
  List<String> header;
  final List<List<String>> rows = new ArrayList<>();
  boolean byteOrderMark;
  boolean crlf;

  ExtractFile(String name, String dataset, List<String> header) {
    this.name = name;
    this.dataset = dataset;
    this.header = new ArrayList<>(header);
  }

  /** Index of a column by its contract name (before any header variation is applied). */
  int column(String contractName) {
    int i = header.indexOf(contractName);
    if (i < 0) throw new IllegalArgumentException(name + " has no column " + contractName);
    return i;
  }

  /** The first row whose column has the value; for planting variations on real rows. */
  List<String> rowWhere(String column, String value) {
    int i = column(column);
    return rows.stream()
        .filter(r -> value.equals(r.get(i)))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException(name + ": no row with " + column + " = " + value));
  }

  /** A new row: a copy of {@code like} (or blanks) with the given column -> value changes. */
  List<String> rowLike(List<String> like, String... columnThenValue) {
    List<String> row =
        like == null
            ? new ArrayList<>(java.util.Collections.nCopies(header.size(), ""))
            : new ArrayList<>(like);
    for (int i = 0; i < columnThenValue.length; i += 2)
      row.set(column(columnThenValue[i]), columnThenValue[i + 1]);
    return row;
  }

  void write(Path dir) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").build();
    try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, format)) {
      if (byteOrderMark) w.write('\uFEFF');
      csv.printRecord(header);
      for (List<String> row : rows) csv.printRecord(row);
    }
  }
}
