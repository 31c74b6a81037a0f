package uk.steppingstones.nightly;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Datasets;
import uk.steppingstones.landing.HeaderMapping;
import uk.steppingstones.landing.RecordLayout;
import uk.steppingstones.landing.ValueType;

/**
 * Hostile landing files for {@link HostileLandingTest}, made from a small generated sample and a
 * seed: each dataset's first records are landed once as they are (the clean copy, which tells which
 * records are good), then again and again in landing files that are broken whole (encodings, binary
 * junk, missing or doubled headers, a header of 100,000 columns, truncation) or line by line (bad
 * values in every typed column, short, long and blank lines, a wrong delimiter, an unbalanced quote,
 * a 10 MB field). Each file is planted with what the night must make of it: its outcome and, where
 * the file's records can be known, each record's first line and fate. Commons CSV writes the
 * records (no CSV is written or read by hand here).
 */
final class HostileLanding {
  /** What must become of one record. */
  enum Fate { LOADED, QUARANTINED, EITHER, AS_IN_THE_CLEAN_COPY }

  /**
   * One record of a planted file: the line it starts on, its fate, and for a quarantine the column and
   * reason (null: any). {@code base} is its record in the clean copy, or -1.
   */
  record Line(long start, Fate fate, int base, String column, String reason) {}

  /**
   * One planted landing entry. {@code outcome} null: ingested or rejected, either will do;
   * {@code message}: a regular expression found in the rejection message, or null. When {@code exact}, the file's records
   * are exactly {@code lines}; else {@code lines} holds only those known for sure.
   */
  record Planted(String name, DatasetContract dataset, String mutation, String outcome, String message,
      List<Line> lines, boolean exact) {}

  /** A dataset's sample records and its clean copy in landing. */
  record Base(DatasetContract dataset, List<String> header, List<List<String>> records, String cleanName) {}

  private static final int RECORDS_PER_BASE = 40;
  private static final List<String> WHOLE_FILE_MUTATIONS = List.of("empty", "header only", "no header",
      "column named twice", "required column missing", "semicolons", "binary junk", "latin-1", "utf-16 with bom",
      "utf-16 without bom", "nul byte", "100,000-column header", "truncated file", "cr line endings",
      "record wider than any parser");

  final List<Planted> planted = new ArrayList<>();
  final Map<DatasetContract, Base> bases = new LinkedHashMap<>();
  private final Random random;
  private final Path landing;
  private final Map<DatasetContract, Integer> sameDay = new LinkedHashMap<>();
  private int bigFields;

  HostileLanding(long seed, Path sample, Path landing) throws IOException {
    this.random = new Random(seed);
    this.landing = landing;
    for (DatasetContract d : Datasets.ALL) {
      Path full = sample.resolve(d.name() + "_20250328.csv");
      String text = Files.readString(full, StandardCharsets.UTF_8).replace("\uFEFF", "");
      List<CSVRecord> all = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
      // Header names as the contract spells them (the sample varies their case and spaces in places).
      List<String> header = all.get(0).toList().stream().map(h -> d.columns().stream()
          .filter(c -> c.header().equalsIgnoreCase(h.strip())).map(ContractColumn::header).findFirst().orElse(h))
          .toList();
      List<List<String>> records = new ArrayList<>();
      for (CSVRecord r : all.subList(1, Math.min(all.size(), RECORDS_PER_BASE + 1))) {
        records.add(r.toList());
      }
      Base base = new Base(d, header, records, d.name() + "_20250401.csv");
      bases.put(d, base);
      Written clean = write(header, records, false);
      Files.writeString(landing.resolve(base.cleanName()), clean.text, StandardCharsets.UTF_8);
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < records.size(); i++) {
        lines.add(new Line(clean.starts.get(i), Fate.EITHER, i, null, null));
      }
      planted.add(new Planted(base.cleanName(), d, "clean copy", FileOutcome.INGESTED, null, lines, true));
    }
  }

  /** Plants at least {@code count} hostile entries. */
  void plant(int count) throws IOException {
    // Every typed column of every dataset gets an unreadable value at least once.
    for (Base b : bases.values()) {
      for (ContractColumn c : b.dataset().columns()) {
        if (isTyped(c) && b.header().contains(c.header())) {
          recordMutations(b, List.of("junk in " + c.header()));
        }
      }
    }
    for (String m : WHOLE_FILE_MUTATIONS) {
      wholeFile(pick(new ArrayList<>(bases.values())), m);
    }
    notAFile();
    while (planted.size() - bases.size() < count) {
      Base b = pick(new ArrayList<>(bases.values()));
      if (random.nextInt(100) < 35) {
        wholeFile(b, pick(WHOLE_FILE_MUTATIONS));
      } else {
        List<String> ms = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          ms.add(pick(List.of("junk", "short line", "long line", "tabs", "blank lines", "header again",
              "whitespace line", "30,000 fields", "unbalanced quote", "10 MB field")));
        }
        recordMutations(b, ms);
      }
    }
  }

  // ---------------------------------------------------------------- line by line

  private void recordMutations(Base b, List<String> mutations) throws IOException {
    boolean crlf = random.nextInt(4) == 0;
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < b.records().size(); i++) {
      chosen.add(i);
    }
    Collections.shuffle(chosen, random);
    chosen = new ArrayList<>(chosen.subList(0, Math.min(chosen.size(), 3 + random.nextInt(10))));
    String sep = crlf ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder(print(b.header(), sep));
    long line = 2;
    List<Line> lines = new ArrayList<>();
    boolean exact = true;
    List<String> done = new ArrayList<>();
    Map<Integer, String> at = new LinkedHashMap<>();
    for (String m : mutations) {
      at.put(random.nextInt(chosen.size()), m);
    }
    for (int i = 0; i < chosen.size(); i++) {
      int base = chosen.get(i);
      List<String> values = new ArrayList<>(b.records().get(base));
      String m = at.get(i);
      if (m != null && m.equals("junk")) {
        List<ContractColumn> typed = b.dataset().columns().stream()
            .filter(c -> isTyped(c) && b.header().contains(c.header())).toList();
        m = typed.isEmpty() ? "short line" : "junk in " + pick(typed).header();
      }
      if (m != null && m.equals("10 MB field") && bigFields >= 2) {
        m = "long line";
      }
      if (m == null) {
        lines.add(new Line(line, Fate.AS_IN_THE_CLEAN_COPY, base, null, null));
        String r = print(values, sep);
        text.append(r);
        line += breaks(r);
        continue;
      }
      done.add(m);
      String record;
      Line expected;
      switch (m) {
        case "short line" -> {
          values = values.subList(0, 1 + random.nextInt(values.size() - 1));
          record = print(values, sep);
          expected = wrongFields(line, base);
        }
        case "long line" -> {
          values.add("surplus");
          record = print(values, sep);
          expected = wrongFields(line, base);
        }
        case "tabs" -> {
          boolean plain = values.stream().noneMatch(v -> v.matches("(?s).*[,\"\\r\\n\\t].*"));
          record = plain ? String.join("\t", values) + sep : print(values.subList(0, 1), sep);
          expected = wrongFields(line, base);
        }
        case "blank lines", "whitespace line" -> {
          int n = 1 + random.nextInt(3);
          for (int k = 0; k < n; k++) {
            text.append(m.equals("blank lines") ? "" : "  \t ").append(sep);
            lines.add(wrongFields(line++, -1));
          }
          record = print(values, sep);
          expected = new Line(line, Fate.AS_IN_THE_CLEAN_COPY, base, null, null);
        }
        case "header again" -> {
          record = print(b.header(), sep);
          expected = new Line(line, Fate.QUARANTINED, -1, null, null);
          base = -1;
        }
        case "30,000 fields" -> {
          record = values.get(0) + ",".repeat(30_000) + sep;
          expected = wrongFields(line, base);
        }
        case "unbalanced quote" -> {
          // Everything after the opening quote is one value, to the next quote or the end: no record
          // after it can be known.
          record = "\"" + print(values, sep);
          expected = new Line(line, Fate.EITHER, -1, null, null);
          exact = false;
        }
        case "10 MB field" -> {
          bigFields++;
          // Not the key: the test finds a loaded record by its key.
          int col = 1 + random.nextInt(values.size() - 1);
          values.set(col, "x".repeat(10 << 20));
          record = print(values, sep);
          expected = valueFate(b, col, line, base);
        }
        default -> {
          String column = m.substring("junk in ".length());
          int col = b.header().indexOf(column);
          ContractColumn c = b.dataset().columns().stream().filter(x -> x.header().equals(column)).findFirst().orElseThrow();
          values.set(col, junk(c.type()));
          record = print(values, sep);
          expected = valueFate(b, col, line, base);
        }
      }
      text.append(record);
      lines.add(expected);
      line += breaks(record);
      if (!exact) {
        break;
      }
    }
    String name = nextName(b.dataset());
    Files.writeString(landing.resolve(name), text, StandardCharsets.UTF_8);
    planted.add(new Planted(name, b.dataset(), String.join(" + ", done.isEmpty() ? List.of("none") : done),
        exact ? FileOutcome.INGESTED : null, null, lines, exact));
  }

  /** The fate of a record with an unreadable or huge value in column {@code col}. */
  private Line valueFate(Base b, int col, long line, int base) {
    String header = b.header().get(col);
    ContractColumn c = b.dataset().columns().stream().filter(x -> x.header().equals(header)).findFirst().orElse(null);
    if (c == null || !isTyped(c) || c.type() instanceof ValueType.Code code && code.fallback() != null) {
      return new Line(line, Fate.AS_IN_THE_CLEAN_COPY, base, null, null);
    }
    if (c.required()) {
      return new Line(line, Fate.QUARANTINED, base, c.header(), c.type().problem());
    }
    // An optional value that cannot be read becomes no value: the record loads as it did.
    return new Line(line, Fate.AS_IN_THE_CLEAN_COPY, base, null, null);
  }

  private static Line wrongFields(long line, int base) {
    return new Line(line, Fate.QUARANTINED, base, null, "wrong number of fields");
  }

  // ---------------------------------------------------------------- whole files

  private void wholeFile(Base b, String m) throws IOException {
    String name = nextName(b.dataset());
    List<List<String>> records = b.records().subList(0, Math.min(b.records().size(), 2 + random.nextInt(8)));
    Written plain = write(b.header(), records, false);
    byte[] bytes;
    String outcome = FileOutcome.REJECTED;
    String message = null;
    List<Line> lines = new ArrayList<>();
    boolean exact = true;
    switch (m) {
      case "empty" -> {
        bytes = new byte[0];
        message = "empty file: no header line";
      }
      case "header only" -> {
        int blanks = random.nextInt(3);
        bytes = (print(b.header(), "\n") + "\n".repeat(blanks)).getBytes(StandardCharsets.UTF_8);
        outcome = FileOutcome.INGESTED;
        for (int k = 0; k < blanks; k++) {
          lines.add(wrongFields(2 + k, -1));
        }
      }
      case "no header" -> bytes = write(b.records().get(0), records, false).text.getBytes(StandardCharsets.UTF_8);
      case "column named twice" -> {
        List<String> header = new ArrayList<>(b.header());
        int twice = random.nextInt(header.size());
        header.set((twice + 1) % header.size(), header.get(twice).toUpperCase());
        bytes = write(header, records, false).text.getBytes(StandardCharsets.UTF_8);
        message = "twice";
      }
      case "required column missing" -> {
        List<ContractColumn> required = b.dataset().columns().stream().filter(ContractColumn::required).toList();
        String gone = pick(required).header();
        int col = b.header().indexOf(gone);
        bytes = write(without(List.of(b.header()), col).get(0), without(records, col), false).text
            .getBytes(StandardCharsets.UTF_8);
        message = java.util.regex.Pattern.quote("missing required column '" + gone + "'");
      }
      case "semicolons" -> {
        StringBuilder t = new StringBuilder();
        for (List<String> r : prepend(b.header(), records)) {
          t.append(print(r, "\n", CSVFormat.RFC4180.builder().setDelimiter(';').build()));
        }
        bytes = t.toString().getBytes(StandardCharsets.UTF_8);
        message = "missing required column";
      }
      case "binary junk" -> {
        byte[] junk = new byte[256 + random.nextInt(4096)];
        random.nextBytes(junk);
        junk[random.nextInt(junk.length)] = (byte) 0xFF;
        bytes = random.nextBoolean() ? junk : concat(print(b.header(), "\n").getBytes(StandardCharsets.UTF_8), junk);
      }
      case "latin-1" -> {
        List<List<String>> accented = new ArrayList<>(records);
        List<String> first = new ArrayList<>(accented.get(0));
        first.set(0, first.get(0) + " Siân Esmé £");
        accented.set(0, first);
        bytes = write(b.header(), accented, false).text.getBytes(StandardCharsets.ISO_8859_1);
        message = "not valid UTF-8";
      }
      case "utf-16 with bom" -> {
        bytes = plain.text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : Charset.forName("UTF-16LE"));
        if (bytes[0] != (byte) 0xFE) {
          bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes);
        }
        message = "not valid UTF-8";
      }
      case "utf-16 without bom" -> {
        bytes = plain.text.getBytes(StandardCharsets.UTF_16LE);
        // Any character beyond ASCII makes it invalid UTF-8 before its first NUL is met.
        message = "not a text file: a NUL byte on line 1|not valid UTF-8";
      }
      case "nul byte" -> {
        int r = random.nextInt(records.size());
        List<List<String>> withNul = new ArrayList<>(records);
        List<String> values = new ArrayList<>(withNul.get(r));
        values.set(0, values.get(0) + "\u0000");
        withNul.set(r, values);
        Written w = write(b.header(), withNul, false);
        bytes = w.text.getBytes(StandardCharsets.UTF_8);
        message = "a NUL byte on line " + w.starts.get(r);
      }
      case "100,000-column header" -> {
        StringBuilder header = new StringBuilder(String.join(",", b.header()));
        for (int k = 0; k < 100_000; k++) {
          header.append(",C").append(k);
        }
        bytes = (header + "\n" + plain.text.substring(plain.text.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8);
        message = java.util.regex.Pattern.quote(HeaderMapping.TOO_WIDE);
      }
      case "truncated file" -> {
        byte[] all = plain.text.getBytes(StandardCharsets.UTF_8);
        int headerEnd = plain.text.indexOf('\n') + 1;
        bytes = java.util.Arrays.copyOf(all, headerEnd + random.nextInt(Math.max(1, all.length - headerEnd)));
        outcome = null;
        exact = false;
      }
      case "cr line endings" -> {
        bytes = plain.text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        outcome = null;
        exact = false;
      }
      default -> {
        Written w = write(b.header(), records, false);
        bytes = (w.text + records.get(0).get(0) + ",".repeat(RecordLayout.MAX_FIELDS) + "\n").getBytes(StandardCharsets.UTF_8);
        message = "line " + (w.starts.isEmpty() ? 2 : w.lastLine + 1) + " has more than " + RecordLayout.MAX_FIELDS
            + " fields";
      }
    }
    Files.write(landing.resolve(name), bytes);
    planted.add(new Planted(name, b.dataset(), m, outcome, message, lines, exact));
  }

  /** Names that look like landing files but are no file that can be read. */
  private void notAFile() throws IOException {
    Base b = pick(new ArrayList<>(bases.values()));
    String folder = nextName(b.dataset());
    Files.createDirectories(landing.resolve(folder));
    planted.add(new Planted(folder, b.dataset(), "a folder", FileOutcome.UNRECOGNISED, "a folder", List.of(), true));
    String link = nextName(b.dataset());
    Files.createSymbolicLink(landing.resolve(link), landing.resolve("nowhere-" + link));
    planted.add(new Planted(link, b.dataset(), "a broken link", FileOutcome.REJECTED, "cannot be read", List.of(), true));
    String pipe = nextName(b.dataset());
    try {
      if (new ProcessBuilder("mkfifo", landing.resolve(pipe).toString()).start().waitFor() == 0) {
        planted.add(new Planted(pipe, b.dataset(), "a named pipe", FileOutcome.REJECTED, "cannot be read", List.of(),
            true));
      }
    } catch (IOException | InterruptedException e) {
      // No mkfifo here: the folder and the link still stand for names that are no readable file.
    }
  }

  // ---------------------------------------------------------------- writing

  /** A file's text and the line each record starts on. */
  private record Written(String text, List<Long> starts, long lastLine) {}

  private static Written write(List<String> header, List<List<String>> records, boolean crlf) {
    String sep = crlf ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder(print(header, sep));
    long line = 1 + breaks(text.toString());
    List<Long> starts = new ArrayList<>();
    for (List<String> r : records) {
      String printed = print(r, sep);
      starts.add(line);
      text.append(printed);
      line += breaks(printed);
    }
    return new Written(text.toString(), starts, line - 1);
  }

  private static String print(List<String> values, String sep) {
    return print(values, sep, CSVFormat.RFC4180);
  }

  private static String print(List<String> values, String sep, CSVFormat format) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, format.builder().setRecordSeparator(sep).build())) {
      p.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static long breaks(String text) {
    return text.chars().filter(c -> c == '\n').count();
  }

  private static List<List<String>> without(List<List<String>> rows, int col) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> r : rows) {
      List<String> copy = new ArrayList<>(r);
      copy.remove(col);
      out.add(copy);
    }
    return out;
  }

  private static List<List<String>> prepend(List<String> header, List<List<String>> records) {
    List<List<String>> all = new ArrayList<>(List.of(header));
    all.addAll(records);
    return all;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  // ---------------------------------------------------------------- values

  private static boolean isTyped(ContractColumn c) {
    return c.type() != ValueType.TEXT && c.type() != ValueType.ID;
  }

  /** Text that no reading of the type accepts, and that is not "no value" either. */
  private String junk(ValueType type) {
    List<String> junk;
    if (type == ValueType.DATE) {
      junk = List.of("2024-02-30", "31/02/2024", "2024-13-01", "yesterday", "2024-01-01 25:00", "1/4/24");
    } else if (type == ValueType.DATETIME) {
      junk = List.of("2024-02-30 10:00", "not a time", "2024-1-1", "32/01/2024 09:00", "2024-04-01T10:00Z");
    } else if (type == ValueType.MONEY) {
      junk = List.of("12.345", "£1,23", "abc", "1e5", "12,34.00", "--5", "NaN");
    } else if (type == ValueType.YES_NO) {
      junk = List.of("maybe", "2", "Ja");
    } else if (type == ValueType.FINANCIAL_YEAR) {
      junk = List.of("2024-26", "24-25", "2024/25", "FY2024");
    } else if (type == ValueType.MONTH) {
      junk = List.of("2024-13", "April", "2024-4", "2024-00");
    } else {
      junk = List.of("NOT_A_CODE", "???", "12345");
    }
    return pick(junk);
  }

  private String nextName(DatasetContract d) {
    int n = sameDay.merge(d, 1, Integer::sum);
    return d.name() + "_2025040" + (2 + n % 5) + "_" + n + ".csv";
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
