package uk.steppingstones.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Progress;

/**
 * Builds every registered gold table and its detail table ({@link Detail}) from the same inputs and
 * replaces each table's contents in one Delta commit, its columns and the table described by the
 * table's declaration ({@link ReportTable#doc}, {@link Detail#doc}). The tables do not depend on
 * each other's output, so they are written concurrently; a table and its detail share their facts
 * through {@link ReportInputs#shared}.
 */
public final class ReportStage {
  private final DeltaWriter writer;

  public ReportStage(DeltaWriter writer) {
    this.writer = writer;
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
    Map<String, Long> rows = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      rows.put(names.get(i), futures.get(i).get());
    }
    return rows;
  }

  /** Every gold table the stage writes for {@code tables}: each table, then each detail table. */
  public static List<String> tableNames(List<ReportTable> tables) {
    List<String> names = new ArrayList<>(tables.stream().map(ReportTable::name).toList());
    tables.forEach(t -> names.add(Detail.name(t)));
    return names;
  }

  private long write(String name, java.util.function.Supplier<Dataset<Row>> build, uk.steppingstones.common.TableDoc doc) {
    return Progress.step("report", name, () -> {
      String path = writer.lake().report(name);
      writer.overwrite(build.get(), path, doc);
      return writer.lake().read(path).count();
    });
  }
}
