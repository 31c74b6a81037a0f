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
 * Builds every registered gold table from the same inputs and replaces each table's contents in
 * one Delta commit, its columns and the table described by the table's declaration
 * ({@link ReportTable#doc}). The tables do not depend on each other's output, so they are written
 * concurrently.
 */
public final class ReportStage {
  private final DeltaWriter writer;

  public ReportStage(DeltaWriter writer) {
    this.writer = writer;
  }

  /** @return rows written per table */
  public Map<String, Long> build(List<ReportTable> tables, ReportInputs in, ExecutorService pool) throws Exception {
    List<Future<Long>> futures = new ArrayList<>();
    for (ReportTable t : tables) {
      futures.add(pool.submit(() -> Progress.step("report", t.name(), () -> {
        String path = writer.lake().report(t.name());
        Dataset<Row> rows = t.build(in);
        writer.overwrite(rows, path, t.doc());
        return writer.lake().read(path).count();
      })));
    }
    Map<String, Long> rows = new TreeMap<>();
    for (int i = 0; i < tables.size(); i++) {
      rows.put(tables.get(i).name(), futures.get(i).get());
    }
    return rows;
  }
}
