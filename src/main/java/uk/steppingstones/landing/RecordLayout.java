package uk.steppingstones.landing;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.csv.CSVOptions;
import scala.Predef;
import scala.collection.immutable.StringOps;
import scala.collection.JavaConverters;

/**
 * Where a file's records sit among its lines, found before Spark reads it, with the parser and the
 * settings Spark's CSV reader itself uses (univocity, {@link LandingReader#CSV_OPTIONS}), so both see
 * the same records:
 *
 * <ul>
 *   <li>Blank lines: Spark's reader skips them, so they are no record, yet they are lines of the file.
 *       They are quarantined (so every line is accounted for), and the records after them are moved
 *       down by as many lines (else every later quarantine line number would be wrong).
 *   <li>Where each record starts: one line after the previous record's start, plus the blank lines
 *       before it and the line breaks in the previous record as Spark's reader gives it (in its
 *       values, or in its text when it has the wrong number of fields). Only the records where that
 *       sum is not zero are kept, so the reader of a file with one line per record knows every
 *       record's line from its position alone.
 *   <li>Lines are counted as line feeds, as {@link FileInspection} counts them, also where the parser
 *       counts otherwise (a bare LF inside a quoted value of a CRLF file).
 *   <li>The widest record: Spark's reader fails its whole read, and with it the night, on a record
 *       with more fields than its {@code maxColumns}; the read is given room for the widest record.
 *       A record wider than {@link #MAX_FIELDS} rejects the file: no parser can hold it.
 * </ul>
 *
 * @param blankLines the physical numbers of the blank lines (the header is line 1)
 * @param linesSkipped record index (the header is record 0) to the lines between the previous
 *     record's first line and its own, less one, where not zero
 * @param widestRecord the most fields of any record
 * @param problem why the file cannot be read, or null
 */
public record RecordLayout(List<Long> blankLines, Map<Long, Long> linesSkipped, int widestRecord, String problem) {
  /** More fields than any record of the contract could have; the parser holds an array this long. */
  public static final int MAX_FIELDS = 100_000;

  /** A layout with no blank line, for a file known to have none. */
  public static final RecordLayout PLAIN = new RecordLayout(List.of(), Map.of(), 0, null);

  /**
   * @param in the file's bytes (already known to be UTF-8)
   * @param physicalLines the file's lines, as {@link FileInspection} counted them
   * @param width the fields of the header: a record with another number is malformed to Spark
   */
  public static RecordLayout of(InputStream in, long physicalLines, int width) throws IOException {
    CsvParserSettings settings = sparkSettings();
    settings.setMaxColumns(MAX_FIELDS);
    CsvParser parser = new CsvParser(settings);
    List<Long> blank = new ArrayList<>();
    Map<Long, Long> skipped = new LinkedHashMap<>();
    long index = 0, lastLine = 0, breaksInPrevious = 0;
    int widest = 0;
    try {
      parser.beginParsing(in, "UTF-8");
      // In a file of CRLF lines the parser counts CRLFs only, not a bare LF inside a quoted value;
      // yet that LF is a line of the file (FileInspection counts LFs), so those are added back.
      boolean crlf = "\r\n".equals(parser.getDetectedFormat() != null
          ? parser.getDetectedFormat().getLineSeparatorString() : settings.getFormat().getLineSeparatorString());
      long bareLineFeeds = 0;
      String[] row;
      while ((row = parser.parseNext()) != null) {
        // The parser's line is the record's last line; its text tells how many lines it spans.
        String text = parser.getContext().currentParsedContent();
        bareLineFeeds += crlf && text != null ? bareLineFeeds(text) : 0;
        long line = parser.getContext().currentLine() + bareLineFeeds;
        long breaks = text == null ? 0 : lineBreaks(text);
        long first = line - breaks + (text == null || text.endsWith("\n") ? 1 : 0);
        for (long b = lastLine + 1; b < first; b++) {
          blank.add(b);
        }
        long skip = Math.max(0, first - lastLine - 1) + breaksInPrevious;
        if (skip != 0) {
          skipped.put(index, skip);
        }
        breaksInPrevious = lineBreaksAsSparkReads(row, text, width);
        lastLine = Math.max(lastLine, line);
        widest = Math.max(widest, row.length);
        index++;
      }
    } catch (TextParsingException e) {
      return new RecordLayout(List.of(), Map.of(), widest, "line " + (lastLine + 1) + " has more than " + MAX_FIELDS
          + " fields");
    } finally {
      parser.stopParsing();
    }
    for (long b = lastLine + 1; b <= physicalLines; b++) {
      blank.add(b);
    }
    return new RecordLayout(List.copyOf(blank), Map.copyOf(skipped), widest, null);
  }

  /**
   * The line breaks Spark's reader finds in a record: in its values, or, when the record has the
   * wrong number of fields, in the text Spark keeps of it (its parser's text less the line end).
   */
  private static long lineBreaksAsSparkReads(String[] row, String text, int width) {
    if (row.length != width) {
      return text == null ? 0 : lineBreaks(new StringOps(text).stripLineEnd());
    }
    long breaks = 0;
    for (String value : row) {
      breaks += value == null ? 0 : lineBreaks(value);
    }
    return breaks;
  }

  private static long lineBreaks(String s) {
    return s.chars().filter(c -> c == '\n').count();
  }

  /** Line feeds not preceded by a carriage return. */
  private static long bareLineFeeds(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
        n++;
      }
    }
    return n;
  }

  /** Spark's own parser settings for the landing read, but keeping blank lines in view. */
  private static CsvParserSettings sparkSettings() {
    scala.collection.immutable.Map<String, String> options =
        JavaConverters.mapAsScalaMapConverter(LandingReader.CSV_OPTIONS).asScala().toMap(Predef.$conforms());
    CsvParserSettings settings = new CSVOptions(options, false, "UTC").asParserSettings();
    // Spark skips blank lines; the line numbers of the records after them say where they were.
    settings.setSkipEmptyLines(true);
    return settings;
  }
}
