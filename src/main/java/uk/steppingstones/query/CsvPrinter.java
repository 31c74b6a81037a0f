package uk.steppingstones.query;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Results as RFC 4180 CSV for scripts: a header line, then every row (no limit); no value is an
 * empty field. Rows are streamed, so a large table is never held in memory whole.
 */
final class CsvPrinter implements ResultPrinter {

  @Override
  public void print(Dataset<Row> result, PrintStream out) {
    if (result.schema().isEmpty()) {
      return;
    }
    write(Text.of(result, true), out);
  }

  static void write(Text text, Appendable out) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(text.columns().toArray(String[]::new)).build();
    try {
      CSVPrinter csv = new CSVPrinter(out, format);
      for (Iterator<List<String>> it = text.rows(); it.hasNext(); ) {
        csv.printRecord(it.next());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
