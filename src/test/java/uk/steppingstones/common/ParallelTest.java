package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void aFailureIsThrownOnlyOnceEveryOtherTaskHasEnded() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      AtomicBoolean slowEnded = new AtomicBoolean();
      List<Future<String>> tasks = List.of(
          pool.submit(() -> {
            throw new IllegalStateException("table A failed");
          }),
          pool.submit(() -> {
            Thread.sleep(300);
            slowEnded.set(true);
            return "B";
          }),
          pool.submit(() -> {
            throw new IllegalStateException("table C failed");
          }));
      ExecutionException e = assertThrows(ExecutionException.class, () -> Parallel.all(tasks));
      assertTrue(slowEnded.get(), "the slow task had ended when the failure was thrown");
      assertEquals("table A failed", e.getCause().getMessage(), "the first failure, in task order");
      assertEquals("table C failed", e.getSuppressed()[0].getMessage(), "the others carried along");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resultsComeInTaskOrder() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> tasks = List.of(pool.submit(() -> {
        Thread.sleep(100);
        return 1;
      }), pool.submit(() -> 2));
      assertEquals(List.of(1, 2), Parallel.all(tasks));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void settleWaitsWhateverTheOutcome() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicBoolean ended = new AtomicBoolean();
      List<Future<Object>> tasks = List.of(pool.submit(() -> {
        throw new IllegalStateException("failed");
      }), pool.submit(() -> {
        Thread.sleep(200);
        ended.set(true);
        return null;
      }));
      Parallel.settle(tasks);
      assertTrue(ended.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
