package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SampleLake;
import uk.steppingstones.SparkTest;

/**
 * No leaks, proven on the committed sample's night ({@link SampleLake}): the generator's people have
 * made-up, unusual names, and every output is searched for them. Everything the night wrote is read:
 * every data file of every Delta table as rows (current and replaced files alike, so an old version
 * counts too), the Delta logs and every other text file as bytes, the Power BI export's Parquet
 * files and manifest, and what the night printed. Gold tables and the export are also searched for
 * the people's dates of birth and raw PersonIDs. Values are searched decoded (as Spark reads them),
 * word by word, so a name is found whatever the encoding or the column.
 */
class NoLeaksTest extends SparkTest {
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}'’-]+");
  private static final Pattern DATES = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4}");
  /**
   * Numbers standing alone: 100000.00 is money (a target, in a Delta log's statistics), and digits
   * inside a child key or a file name are part of it, neither PersonID 100000.
   */
  private static final Pattern WHOLE_NUMBERS =
      Pattern.compile("(?<![\\p{Alnum}.])\\d+(?![\\p{Alnum}]|\\.\\d)");
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void noNameDateOfBirthOrPersonIdLeavesLanding() throws IOException {
    SampleLake.Built built = SampleLake.get();
    People people = People.of(SampleLake.projectFolder().resolve("data/sample-landing"));
    assertTrue(people.names.size() > 100, "the sample's people have names: " + people.names.size());
    assertTrue(people.distinctiveBirthDates.size() > 500,
        "enough dates of birth that no other landing value has: " + people.distinctiveBirthDates.size());
    assertTrue(people.ids.size() > 1000, "person ids: " + people.ids.size());

    // The search finds what it looks for: in a landing person file, and in rows holding one person.
    List<String> control = new ArrayList<>();
    Path personFile = SampleLake.projectFolder().resolve("data/sample-landing/person_20250328.csv");
    scanText(Files.readString(personFile, StandardCharsets.UTF_8), personFile, people, true, control);
    for (String kind : List.of("name ", "PersonID ", "date of birth ")) {
      assertTrue(control.stream().anyMatch(h -> h.startsWith(kind)), kind + "not found in " + personFile);
    }
    String someone = people.names.iterator().next(), id = people.ids.iterator().next();
    String birth = people.distinctiveBirthDates.iterator().next();
    List<String> inRows = new ArrayList<>();
    scanRows(spark.sql("select 'Dear " + someone.replace("'", "''") + "' as note, '" + id + "' as ref, date'" + birth
        + "' as d, 7 as n"), personFile, people, true, inRows);
    assertEquals(3, inRows.size(), inRows.toString());

    List<String> hits = new ArrayList<>();
    int tables = 0, textFiles = 0;
    for (Path table : deltaTables(built.lake())) {
      tables++;
      boolean gold = built.lake().relativize(table).startsWith("report");
      List<String> data = new ArrayList<>(), checkpoints = new ArrayList<>();
      try (Stream<Path> files = Files.walk(table)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.getFileName().toString();
          boolean log = table.relativize(f).startsWith("_delta_log");
          if (name.endsWith(".parquet")) {
            (log ? checkpoints : data).add(f.toString());
          } else if (!(name.startsWith(".") && name.endsWith(".crc"))) {
            // Delta's commits and checksums (JSON), and anything else a table folder holds, as bytes.
            textFiles++;
            scanText(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), f, people, gold, hits);
          }
        }
      }
      // Every data file, replaced ones too (an older version is as readable as the current one).
      for (List<String> files : List.of(data, checkpoints)) {
        if (!files.isEmpty()) {
          scanRows(spark.read().option("mergeSchema", "true").parquet(files.toArray(String[]::new)), table, people,
              gold, hits);
        }
      }
    }
    int exports = 0;
    try (Stream<Path> files = Files.list(built.export())) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().endsWith(".parquet")) {
          exports++;
          scanRows(spark.read().parquet(f.toString()), f, people, true, hits);
        }
        scanText(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), f, people, true, hits);
      }
    }
    String log = Files.readString(built.nightLog(), StandardCharsets.UTF_8);
    scanText(log, built.nightLog(), people, false, hits);

    assertTrue(hits.isEmpty(), hits.size() + " leaks:\n  " + String.join("\n  ", hits.subList(0, Math.min(40, hits.size()))));
    assertTrue(tables > 40, "every layer's tables were read: " + tables);
    assertTrue(textFiles > tables, "the Delta logs were read: " + textFiles);
    assertTrue(exports >= 20, "the export's Parquet files were read: " + exports);
    assertTrue(log.contains("Stepping Stones nightly run " + built.night().runId()) && log.contains("raw "),
        "the night's log holds its run summary and progress:\n" + log.substring(0, Math.min(500, log.length())));
  }

  /**
   * Every value of every row: names everywhere; in gold, dates of birth in any value and PersonIDs in
   * text values (a number column holds counts and money, where a six-digit figure is no id).
   */
  private static void scanRows(Dataset<Row> rows, Path file, People people, boolean gold, List<String> hits) {
    List<Column> all = new ArrayList<>(), text = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      Column c = functions.col("`" + f.name() + "`");
      all.add(functions.to_json(functions.struct(c)));
      if (f.dataType().equals(DataTypes.StringType)) {
        text.add(functions.coalesce(c, functions.lit("")));
      }
    }
    if (all.isEmpty()) {
      return;
    }
    Dataset<Row> values = rows.select(functions.concat_ws(" ", all.toArray(Column[]::new)).as("all"),
        text.isEmpty() ? functions.lit("").as("text") : functions.concat_ws(" ", text.toArray(Column[]::new)).as("text"));
    var it = values.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      String where = file.toString();
      words(r.getString(0), w -> people.names.contains(w), "name", where, hits);
      if (gold) {
        dates(r.getString(0), people, where, hits);
        ids(r.getString(1), people, where, hits);
      }
    }
  }

  private static void scanText(String text, Path file, People people, boolean gold, List<String> hits) {
    words(text, w -> people.names.contains(w), "name", file.toString(), hits);
    if (gold) {
      dates(text, people, file.toString(), hits);
      ids(text, people, file.toString(), hits);
    }
  }

  private static void words(String text, java.util.function.Predicate<String> leak, String what, String where,
      List<String> hits) {
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (leak.test(w)) {
        hits.add(what + " " + w + " in " + where);
        continue;
      }
      for (String part : w.split("[-'’]")) {
        if (!part.equals(w) && leak.test(part)) {
          hits.add(what + " " + part + " (in " + w + ") in " + where);
        }
      }
    }
  }

  private static void ids(String text, People people, String where, List<String> hits) {
    Matcher m = WHOLE_NUMBERS.matcher(text);
    while (m.find()) {
      if (people.ids.contains(m.group())) {
        hits.add("PersonID " + m.group() + " in " + where);
      }
    }
  }

  private static void dates(String text, People people, String where, List<String> hits) {
    Matcher m = DATES.matcher(text);
    while (m.find()) {
      if (People.date(m.group()).filter(people.distinctiveBirthDates::contains).isPresent()) {
        hits.add("date of birth " + m.group() + " in " + where);
      }
    }
  }

  private static List<Path> deltaTables(Path lake) throws IOException {
    try (Stream<Path> walk = Files.walk(lake)) {
      return walk.filter(p -> p.getFileName().toString().equals("_delta_log")).map(Path::getParent).sorted().toList();
    }
  }

  /**
   * The people of the landing person files: their names (forenames and surnames, and the parts of
   * double-barrelled ones), their PersonIDs, and those dates of birth no other landing value has and
   * no month's first or last day is (so a date found in a gold table can only be a date of birth).
   */
  private record People(Set<String> names, Set<String> ids, Set<String> distinctiveBirthDates) {
    static People of(Path landing) throws IOException {
      Set<String> names = new HashSet<>(), ids = new HashSet<>(), births = new TreeSet<>(), otherDates = new HashSet<>();
      try (Stream<Path> files = Files.list(landing)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
          boolean person = f.getFileName().toString().startsWith("person_");
          String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
          List<CSVRecord> records;
          try (Reader r = new java.io.StringReader(text)) {
            records = CSVFormat.RFC4180.parse(r).getRecords();
          }
          if (records.isEmpty()) {
            continue;
          }
          List<String> header = records.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
          for (CSVRecord rec : records.subList(1, records.size())) {
            for (int i = 0; i < rec.size() && i < header.size(); i++) {
              String h = header.get(i), v = rec.get(i).strip();
              if (person && (h.equals("forename") || h.equals("surname")) && v.length() > 2) {
                names.add(v);
                for (String part : v.split("[-'’]")) {
                  if (part.length() > 2) {
                    names.add(part);
                  }
                }
              } else if (person && h.equals("personid") && !v.isEmpty() && !v.equals("-1") && !v.equals("0")) {
                ids.add(v);
              } else if (person && h.equals("dateofbirth")) {
                date(v).ifPresent(births::add);
              } else {
                date(v).ifPresent(otherDates::add);
              }
            }
          }
        }
      }
      births.removeIf(d -> otherDates.contains(d) || LocalDate.parse(d).getDayOfMonth() == 1
          || LocalDate.parse(d).plusDays(1).getDayOfMonth() == 1);
      return new People(names, ids, births);
    }

    private static java.util.Optional<String> date(String v) {
      String d = v.length() >= 10 ? v.substring(0, 10) : v;
      try {
        return java.util.Optional.of(d.contains("/") ? LocalDate.parse(d, DMY).toString() : LocalDate.parse(d).toString());
      } catch (RuntimeException e) {
        return java.util.Optional.empty();
      }
    }
  }
}
