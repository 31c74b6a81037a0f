package uk.steppingstones.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Tasks a stage runs side by side (tables written concurrently). */
public final class Parallel {
  private Parallel() {}

  /**
   * The results of every task, in order, once all have ended. When one fails, the others are still
   * waited for before its failure is thrown: a run that rolls back on failure must not do so while
   * another task is still writing a table or an export file.
   */
  public static <T> List<T> all(List<Future<T>> tasks) throws ExecutionException, InterruptedException {
    List<T> results = new ArrayList<>();
    ExecutionException failed = null;
    for (Future<T> task : tasks) {
      try {
        results.add(task.get());
      } catch (ExecutionException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e.getCause());
        }
        results.add(null);
      }
    }
    if (failed != null) {
      throw failed;
    }
    return results;
  }

  /** Waits for every task to end, whatever its outcome (for a caller already failing). */
  public static void settle(List<? extends Future<?>> tasks) {
    for (Future<?> task : tasks) {
      try {
        task.get();
      } catch (ExecutionException | java.util.concurrent.CancellationException e) {
        // The caller reports its own failure; this task's is in its result.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
