package uk.steppingstones.landing;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One pass over a file's bytes before Spark reads it: its SHA-256 checksum (to skip a file
 * already ingested), whether it is valid UTF-8 (Spark would silently replace bad bytes) and text (a
 * NUL byte is valid UTF-8 but means UTF-16 or a binary file), how many lines it has, and its header
 * record. The header is parsed with univocity, the CSV parser Spark itself uses, with the same
 * RFC 4180 settings; a header longer than {@value #HEADER_BYTES_LIMIT} bytes or wider than
 * {@link HeaderMapping#MAX_COLUMNS} columns is a problem, never a header cut short.
 *
 * @param checksum lowercase hex SHA-256 of the file's bytes
 * @param sizeBytes file size
 * @param physicalLines number of lines (a last line without a line break counts)
 * @param header header names as written (BOM removed), or null when the file is not readable
 * @param problem why the file cannot be read as UTF-8 CSV, or null
 */
public record FileInspection(String checksum, long sizeBytes, long physicalLines, List<String> header, String problem) {

  private static final int HEADER_BYTES_LIMIT = 1 << 20;

  public static FileInspection of(InputStream in) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream firstLine = new ByteArrayOutputStream();
    boolean firstLineDone = false;
    boolean inQuotes = false;
    long firstNulLine = 0;
    long size = 0;
    long lines = 0;
    int last = -1;
    String problem = null;
    byte[] buf = new byte[64 * 1024];
    ByteBuffer pending = ByteBuffer.allocate(buf.length + 8);
    CharBuffer chars = CharBuffer.allocate(buf.length + 8);
    try (DigestInputStream din = new DigestInputStream(in, sha)) {
      int n;
      while ((n = din.read(buf)) > 0) {
        size += n;
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n') {
            lines++;
          } else if (b == 0 && firstNulLine == 0) {
            firstNulLine = lines + 1;
          }
          // The header record ends at the first line break outside quotes.
          if (!firstLineDone) {
            if (b == '"') {
              inQuotes = !inQuotes;
            }
            if (b == '\n' && !inQuotes) {
              firstLineDone = true;
            } else if (firstLine.size() < HEADER_BYTES_LIMIT) {
              firstLine.write(b);
            }
          }
        }
        last = buf[n - 1];
        if (problem == null) {
          pending.put(buf, 0, n).flip();
          chars.clear();
          CoderResult r = utf8.decode(pending, chars, false);
          if (r.isError()) {
            problem = "not valid UTF-8 (byte offset about " + (size - n + pending.position()) + ")";
          }
          pending.compact();
        }
      }
    }
    if (problem == null) {
      pending.flip();
      chars.clear();
      if (utf8.decode(pending, chars, true).isError() || utf8.flush(chars).isError()) {
        problem = "not valid UTF-8 (truncated character at the end)";
      }
    }
    if (size > 0 && last != '\n') {
      lines++;
    }
    if (problem == null && firstNulLine > 0) {
      problem = "not a text file: a NUL byte on line " + firstNulLine + " (UTF-16, or binary)";
    }
    if (problem == null && firstLine.size() >= HEADER_BYTES_LIMIT) {
      problem = "the header line is longer than " + HEADER_BYTES_LIMIT + " bytes";
    }
    String checksum = HexFormat.of().formatHex(sha.digest());
    List<String> header = null;
    if (problem == null) {
      try {
        header = parseHeader(new String(firstLine.toByteArray(), StandardCharsets.UTF_8));
        if (header == null) {
          problem = "empty file: no header line";
        } else if (header.size() > HeaderMapping.MAX_COLUMNS) {
          problem = HeaderMapping.TOO_WIDE;
        }
      } catch (TextParsingException e) {
        // More columns than the parser was given room for (MAX_COLUMNS + 1).
        header = null;
        problem = HeaderMapping.TOO_WIDE;
      }
    }
    return new FileInspection(checksum, size, lines, header, problem);
  }

  private static List<String> parseHeader(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.strip().isEmpty()) {
      return null;
    }
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setNullValue("");
    settings.setEmptyValue("");
    settings.setMaxColumns(HeaderMapping.MAX_COLUMNS + 1);
    CsvParser parser = new CsvParser(settings);
    String[] cells = parser.parseLine(text);
    return cells == null ? null : Arrays.asList(cells);
  }
}
