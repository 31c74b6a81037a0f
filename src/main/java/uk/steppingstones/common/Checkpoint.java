package uk.steppingstones.common;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.LogicalRDD;

/**
 * A frame several queries share, computed once and kept on the executors' storage with its plan cut
 * short: the queries that read it plan against a leaf, not against the whole plan that made it, and
 * their tasks no longer carry that plan (measured against Spark's cache: a night 13% less CPU on the
 * sample, 9% less at 20 times its volume). Local, not written to the lake: an executor lost before the
 * night ends fails the night, which then leaves everything as it was and is run again.
 */
public final class Checkpoint {
  private Checkpoint() {}

  /** The frame, computed by the first query that needs it (not here, so callers never wait on it). */
  public static Dataset<Row> shared(Dataset<Row> frame) {
    return frame.localCheckpoint(false);
  }

  /** Frees what {@link #shared} kept, once no query will read it. */
  public static void free(Dataset<Row> frame) {
    if (frame.queryExecution().logical() instanceof LogicalRDD kept) {
      kept.rdd().unpersist(false);
    }
  }
}
