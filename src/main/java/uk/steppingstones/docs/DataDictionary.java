package uk.steppingstones.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.conformed.ConformedStage;
import uk.steppingstones.conformed.ConformedTables;
import uk.steppingstones.conformed.PersonMerges;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.conformed.form.FormTables;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Datasets;
import uk.steppingstones.nightly.IngestLedger;
import uk.steppingstones.nightly.RunRecord;
import uk.steppingstones.raw.RawStage;
import uk.steppingstones.report.Detail;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/**
 * The data dictionary, {@code docs/tables.md}: every table of the lake as its code declares it
 * (report tables in the registry's order, then conformed and operations tables), each with what a
 * row is and a line per column: name, type (from the real schema), role and description. Written by
 * {@code jobs/docs.sh}; a test fails when the file is not what this would write now.
 *
 * <pre>
 *   DataDictionary [--out docs/tables.md]
 * </pre>
 */
public final class DataDictionary {
  /** Where the dictionary lives, from the project's root. */
  public static final Path FILE = Path.of("docs", "tables.md");

  /** The command that writes it, as the file and the test name it. */
  public static final String COMMAND = "jobs/docs.sh";

  private DataDictionary() {}

  public static void main(String[] args) throws IOException {
    Path out = FILE;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        System.err.println("usage: DataDictionary [--out FILE]");
        System.exit(1);
      }
    }
    if (System.getProperty("spark.ui.enabled") == null) {
      System.setProperty("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSessions.forJob("stepping-stones-docs");
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, render(spark), StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
    } finally {
      spark.stop();
    }
  }

  /** The report tables, in the registry's order, each built on empty inputs for its schema. */
  public static List<DocumentedTable> reportTables(SparkSession spark) {
    return ReportTables.ALL.stream().map(t -> reportTable(spark, t)).toList();
  }

  /**
   * The detail tables ({@code <table>_detail}), in the registry's order, each from its report
   * table's declaration ({@link Detail#doc}) and built on empty inputs for its schema.
   */
  public static List<DocumentedTable> detailTables(SparkSession spark) {
    return ReportTables.ALL.stream().map(t -> detailTable(spark, t)).toList();
  }

  /** A report table's entry: its declaration, and its schema from the table built on empty inputs. */
  public static DocumentedTable reportTable(SparkSession spark, ReportTable t) {
    return BUILT.computeIfAbsent("report/" + t.name(),
        k -> new DocumentedTable(k, t.name(), t.doc(), t.build(empty(spark)).schema()));
  }

  /** A report table's detail table entry, likewise. */
  public static DocumentedTable detailTable(SparkSession spark, ReportTable t) {
    return BUILT.computeIfAbsent("report/" + Detail.name(t), k -> {
      ReportInputs empty = empty(spark);
      Detail detail = t.detail(empty);
      return new DocumentedTable(k, Detail.name(t), Detail.doc(t, detail), detail.rows(t, empty).schema());
    });
  }

  /**
   * Entries already built in this JVM. A schema is the code's, the same every time; analysing a report
   * table's plan costs up to a second, and the docs, the Power Query files and their tests ask for all.
   */
  private static final Map<String, DocumentedTable> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

  private static ReportInputs empty(SparkSession spark) {
    return ReportInputs.of(spark, Map.of(), LocalDate.of(2025, 3, 31), new ChildKey("schema only"));
  }

  /** The conformed tables: one per landing dataset, the typed form tables, the survivor map. */
  public static List<DocumentedTable> conformedTables(SparkSession spark) {
    List<DocumentedTable> tables = new ArrayList<>();
    for (DatasetContract d : Datasets.ALL) {
      tables.add(new DocumentedTable("conformed/" + d.name(), d.name(), d.doc(), d.conformedSchema()));
    }
    for (FormTable f : FormTables.ALL) {
      tables.add(new DocumentedTable(
          "conformed/" + f.name(), f.name(), f.doc(), ConformedTables.schema(spark, f.name())));
    }
    tables.add(new DocumentedTable("conformed/" + ConformedStage.SURVIVOR_MAP, ConformedStage.SURVIVOR_MAP,
        PersonMerges.DOC, PersonMerges.MAP_SCHEMA));
    return tables;
  }

  /** The operations tables: run record, ingest ledger, quarantine. */
  public static List<DocumentedTable> opsTables(SparkSession spark) {
    return List.of(
        new DocumentedTable("ops/run_record", "run_record", RunRecord.DOC, RunRecord.schema()),
        new DocumentedTable("ops/ingest_ledger", "ingest_ledger", IngestLedger.DOC, IngestLedger.SCHEMA),
        new DocumentedTable("ops/" + RawStage.QUARANTINE, RawStage.QUARANTINE, RawStage.QUARANTINE_DOC,
            quarantineSchema(spark)));
  }

  /** Every documented table, in the dictionary's order. */
  public static List<DocumentedTable> all(SparkSession spark) {
    List<DocumentedTable> all = new ArrayList<>(reportTables(spark));
    all.addAll(detailTables(spark));
    all.addAll(conformedTables(spark));
    all.addAll(opsTables(spark));
    return all;
  }

  /**
   * The quarantine's schema as {@link RawStage#quarantineRows} makes it, from no records in the
   * shape the landing reader and parser give them.
   */
  private static StructType quarantineSchema(SparkSession spark) {
    DatasetContract dataset = Datasets.get("ss_involvement");
    StructType record = new StructType();
    for (ContractColumn c : dataset.columns()) {
      record = record.add(c.header(), DataTypes.StringType);
    }
    StructType problem = new StructType().add("column", DataTypes.StringType).add("reason", DataTypes.StringType);
    StructType parsed = new StructType()
        .add("record", record)
        .add("extra_columns", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
        .add("malformed", DataTypes.BooleanType)
        .add("source_file", DataTypes.StringType)
        .add("source_line", DataTypes.LongType)
        .add("problems", DataTypes.createArrayType(problem))
        .add("source_checksum", DataTypes.StringType);
    Dataset<Row> none = spark.createDataFrame(List.<Row>of(), parsed);
    return RawStage.quarantineRows(none, dataset, "run", new Timestamp(0)).schema();
  }

  /** The whole dictionary, as {@code docs/tables.md} holds it. */
  public static String render(SparkSession spark) {
    StringBuilder md = new StringBuilder();
    md.append("# Data dictionary: the tables of the lake\n\n");
    md.append("<!-- Written by ").append(COMMAND).append(" from the tables' declarations in the code; do not edit "
        + "by hand. A test fails when this file is not what the command writes. -->\n\n");
    md.append("""
        Every table the nightly job writes, as its code declares it: what one row is, what the table is \
        for, and for each column its type (from the schema the code builds), its role and what it means. \
        The same descriptions are on the Delta tables themselves: \
        ``DESCRIBE TABLE delta.`/path/to/lake/report/claim_savings` `` shows the column comments, \
        `DESCRIBE TABLE EXTENDED` the table's description (under *Comment*). \
        To change a description, change the declaration (report tables: the table's `doc()`; conformed tables: \
        the dataset's columns in `landing/dataset` or the form's questions in `conformed/form`; operations \
        tables: `RunRecord`, `IngestLedger`, `RawStage`) and run `jobs/docs.sh`.

        A column's role says what kind of figure it is:

        """);
    for (Role r : Role.values()) {
      md.append("- **").append(role(r)).append("**: ").append(r.meaning()).append('\n');
    }
    md.append("""

        A report table's figures with role *children*, *records* or *money* are traced to the children, \
        records or money behind them in its detail table, `<table>_detail`; *value* columns (percentages, \
        means, running totals, flags, dates, text) are derived and do not add up.

        Throughout: a *financial year* runs 1 April to 31 March and is written `2024-25`; the *as-of date* \
        is the report date (`--as-of`, else the latest extract date ingested), and nothing dated after it \
        counts (records starting later are left out, an end date after it reads as not ended, a form counts \
        once created); *current* records are the winning version of each key, not deleted, with every \
        PersonID replaced by the surviving person of LCS merges; children are counted distinct.

        """);
    section(md, "Report tables (gold)", "`<lake>/report/<table>`, exported as `<export>/<table>.parquet`, in "
        + "the order of `ReportTables`. Counts are BIGINT, money DECIMAL(18,2) in pounds, percentages and "
        + "statistics DOUBLE rounded to 2 decimal places; `child_key` is the only trace of a child.",
        reportTables(spark));
    section(md, "Detail tables (gold, drill-through)", "`<lake>/report/<table>_detail`, exported as "
        + "`<export>/<table>_detail.parquet`: for every report table, the records behind each of its counts and "
        + "sums (the columns of role *children*, *records* or *money*), made from the same records as the "
        + "figures. Every detail table has the same shape: the report table's *key* columns, then `figure` (the "
        + "column the record counts in), `child_key` (empty for a record of no child), `record_type`, "
        + "`record_id` (the LCS or finance id, as text; never a PersonID), `record_date` (the date that placed "
        + "the record in its row) and `amount` (money figures only). They add up: for each row and figure, "
        + "distinct `child_key` for children, rows for records, the sum of `amount` for money; a figure of 0 "
        + "has no rows, and *value* columns have no detail. A record counting in several figures of a row "
        + "is listed once for each.",
        detailTables(spark));
    section(md, "Conformed tables (silver)", "`<lake>/conformed/<table>`: the current state of each landing "
        + "dataset, each night's newer versions merged in by key and the table rewritten in one commit (a "
        + "deleted record stays as a tombstone with `deleted` true; readers leave it out), the typed form "
        + "tables pivoted from the LCS answers, and the person survivor map. Their column comments are set "
        + "when a table is created, carried by every rewrite, and brought in line once when a description "
        + "changes. The raw (bronze) layer, `<lake>/raw/<dataset>`, holds every accepted "
        + "line as the text that arrived, under the extract's column names, with `extra_columns`, "
        + "`source_file`, `source_line`, `file_rank`, `source_checksum`, `run_id` and `loaded_at`.",
        conformedTables(spark));
    section(md, "Operations tables", "`<lake>/ops/<table>`: the night's accounting.", opsTables(spark));
    return md.toString();
  }

  private static void section(StringBuilder md, String title, String intro, List<DocumentedTable> tables) {
    md.append("## ").append(title).append("\n\n").append(intro).append("\n\n");
    md.append("| table | one row per |\n|---|---|\n");
    for (DocumentedTable t : tables) {
      md.append("| [`").append(t.name()).append("`](#").append(t.name()).append(") | ")
          .append(cell(t.doc().row())).append(" |\n");
    }
    md.append('\n');
    for (DocumentedTable t : tables) {
      md.append("### ").append(t.name()).append("\n\n");
      md.append("`<lake>/").append(t.location()).append("`. One row per ").append(text(t.doc().row())).append(".\n\n");
      md.append(text(t.doc().about())).append("\n\n");
      md.append("| column | type | role | description |\n|---|---|---|---|\n");
      for (StructField f : t.schema().fields()) {
        ColumnDoc c = t.doc().column(f.name()).orElseThrow(() -> new IllegalStateException(
            t.location() + ": column " + f.name() + " is not declared"));
        md.append("| `").append(f.name()).append("` | `").append(f.dataType().simpleString()).append("` | ")
            .append(role(c.role())).append(" | ").append(cell(c.description())).append(" |\n");
      }
      md.append('\n');
    }
  }

  private static String role(Role r) {
    return r.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Declared text as Markdown: angle brackets shown, not read as HTML. */
  private static String text(String declared) {
    return declared.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Declared text in a table cell. */
  private static String cell(String declared) {
    return text(declared).replace("|", "\\|").replace("\n", " ");
  }
}
