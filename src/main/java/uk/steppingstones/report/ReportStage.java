package uk.steppingstones.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Parallel;
import uk.steppingstones.common.Progress;
import uk.steppingstones.common.TableDoc;

/**
 * Builds every registered gold table and its detail table ({@link Detail}) from the same inputs and
 * replaces each table's contents in one Delta commit, its columns and the table described by the
 * table's declaration ({@link ReportTable#doc}, {@link Detail#doc}). The tables do not depend on
 * each other's output, so they are written concurrently; a table and its detail share their facts
 * through {@link ReportInputs#shared}. Given the export, each table's export file is a copy of the
 * single data file its Delta table was just written as: the rows are computed and written once.
 */
public final class ReportStage {
  /** Where a gold table goes besides the lake: the export file of the same rows. */
  @FunctionalInterface
  public interface Publisher {
    /**
     * Publishes the table's file of {@code rows}; returns the rows in it.
     *
     * @param written the Parquet file the Delta table holds the rows in, when it holds them in one
     *     file: that file is already the export file, so it is copied rather than written again
     */
    long publish(String table, Dataset<Row> rows, Optional<org.apache.hadoop.fs.Path> written)
        throws java.io.IOException;
  }

  private final DeltaWriter writer;
  private final Publisher publisher;

  /** Writes the gold tables to the lake only. */
  public ReportStage(DeltaWriter writer) {
    this(writer, null);
  }

  /**
   * Writes each gold table to the lake and, from the same computed rows, to {@code publisher}
   * (the export): a table is computed once, and neither its count nor its export file needs the
   * Delta table read back.
   */
  public ReportStage(DeltaWriter writer, Publisher publisher) {
    this.writer = writer;
    this.publisher = publisher;
  }

  /** @return rows written per table */
  public Map<String, Long> build(List<ReportTable> tables, ReportInputs in, ExecutorService pool) throws Exception {
    List<String> names = new ArrayList<>();
    List<Future<Long>> futures = new ArrayList<>();
    for (ReportTable t : tables) {
      names.add(t.name());
      futures.add(pool.submit(() -> write(t.name(), () -> t.build(in), t.doc())));
    }
    // The details after every parent: each reuses its parent's cached facts.
    for (ReportTable t : tables) {
      names.add(Detail.name(t));
      futures.add(pool.submit(() -> {
        Detail detail = t.detail(in);
        return write(Detail.name(t), () -> detail.rows(t, in), Detail.doc(t, detail));
      }));
    }
    List<Long> written = Parallel.all(futures);
    Map<String, Long> rows = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      rows.put(names.get(i), written.get(i));
    }
    return rows;
  }

  /** Every gold table the stage writes for {@code tables}: each table, then each detail table. */
  public static List<String> tableNames(List<ReportTable> tables) {
    List<String> names = new ArrayList<>(tables.stream().map(ReportTable::name).toList());
    tables.forEach(t -> names.add(Detail.name(t)));
    return names;
  }

  private long write(String name, java.util.function.Supplier<Dataset<Row>> build, TableDoc doc) {
    return Progress.step("report", name, () -> {
      String path = writer.lake().report(name);
      Dataset<Row> rows = build.get();
      // One file: a gold table is small, one write task costs less than two, and the file is the
      // export file as it stands. So the rows are computed once, by this write, and need no cache.
      long version = writer.overwrite(rows.coalesce(1), path, doc);
      if (publisher == null) {
        return writer.lake().metric(path, version, "numOutputRows").orElseGet(rows::count);
      }
      List<org.apache.hadoop.fs.Path> files = writer.lake().filesAdded(path, version);
      // Not one file (never seen, but Delta may split a write): the export computes the rows again.
      Optional<org.apache.hadoop.fs.Path> written = files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty();
      // The commented rows, so the export's footer and manifest carry the column descriptions.
      Dataset<Row> described = doc.comment(rows);
      return Progress.step("export", name + ".parquet", () -> {
        try {
          return publisher.publish(name, described, written);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    });
  }
}
