package uk.steppingstones.report;

import static org.apache.spark.sql.functions.*;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.Checkpoint;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.conformed.ConformedTables;

/**
 * What every report table is computed from: the current conformed records seen as of the report
 * date A, A itself, and the child key. The as-of reading of outputs.md ("Settled edge cases")
 * is applied here, once, for every table: records that start after A are left out, an end date
 * after A reads as not ended, and a form counts only once created.
 */
public final class ReportInputs {
  /** The column that dates each kind of record, for "nothing dated after A counts". */
  private static final String[] START_COLUMNS = {"start_date", "referral_date", "meeting_date", "created_at"};

  private final Function<String, Dataset<Row>> currentTables;
  private final LocalDate asOf;
  private final ChildKey childKey;
  private final Map<String, Dataset<Row>> tables = new ConcurrentHashMap<>();
  private final Map<String, Dataset<Row>> shared = new HashMap<>();
  private Function<String, Optional<Dataset<Row>>> opsTables = name -> Optional.empty();

  /**
   * @param currentTables current records (tombstones removed) of a conformed table, by name
   */
  public ReportInputs(Function<String, Dataset<Row>> currentTables, LocalDate asOf, ChildKey childKey) {
    this.currentTables = currentTables;
    this.asOf = asOf;
    this.childKey = childKey;
  }

  /** For tests: the given frames, and an empty frame for any other conformed table. */
  public static ReportInputs of(
      SparkSession spark, Map<String, Dataset<Row>> given, LocalDate asOf, ChildKey childKey) {
    return new ReportInputs(
        name -> given.containsKey(name) ? given.get(name) : ConformedTables.empty(spark, name), asOf, childKey);
  }

  /**
   * Gives the report the lake's operations tables ({@code ops/run_record}, {@code ops/quarantine},
   * ...), which the data-quality tables are built from. The nightly job passes tonight's run record
   * in with the earlier ones, so the tables include the night that builds them.
   */
  public ReportInputs withOps(Function<String, Optional<Dataset<Row>>> ops) {
    this.opsTables = ops;
    return this;
  }

  /** An operations table as it stands (no as-of reading), or empty when the lake has none yet. */
  public Optional<Dataset<Row>> ops(String name) {
    return opsTables.apply(name);
  }

  /** Current records of a conformed table as of A. */
  public Dataset<Row> table(String name) {
    return tables.computeIfAbsent(name, n -> asOfView(currentTables.apply(n)));
  }

  /** The report date A. */
  public LocalDate asOf() {
    return asOf;
  }

  /** A as a date literal. */
  public Column asOfDate() {
    return lit(Date.valueOf(asOf));
  }

  /** The pseudonymised child key of a (surviving) person id. */
  public Column childKey(Column personId) {
    return childKey.of(personId);
  }

  /**
   * An intermediate result several report tables share (e.g. the claims), computed once per run
   * and kept ({@link Checkpoint}).
   */
  public synchronized Dataset<Row> shared(String name, Supplier<Dataset<Row>> compute) {
    // Not computeIfAbsent: one shared result may be computed from another.
    Dataset<Row> result = shared.get(name);
    if (result == null) {
      result = Checkpoint.shared(compute.get());
      shared.put(name, result);
    }
    return result;
  }

  /** Releases the kept shared results once the report is written. */
  public synchronized void release() {
    shared.values().forEach(Checkpoint::free);
    shared.clear();
  }

  private Dataset<Row> asOfView(Dataset<Row> t) {
    var columns = Arrays.asList(t.columns());
    Column a = asOfDate();
    for (String start : START_COLUMNS) {
      if (columns.contains(start)) {
        t = t.filter(to_date(col(start)).leq(a));
      }
    }
    if (columns.contains("end_date")) {
      t = t.withColumn("end_date", when(col("end_date").leq(a), col("end_date")));
    }
    return t;
  }
}
