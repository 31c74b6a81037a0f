package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import uk.steppingstones.SparkTest;

/** Sessions run on our context (no closure cleaner) with the lake's settings, and closures still get checked. */
class SparkSessionsTest extends SparkTest {
  @Test
  void theSessionRunsOnTheContextWithoutTheClosureCleanerWithTheLakeSettings() {
    assertInstanceOf(UncheckedClosuresContext.class, spark.sparkContext());
    assertEquals("1", spark.conf().get("spark.sql.shuffle.partitions"), "a session setting");
    assertEquals("FAIR", spark.sparkContext().getConf().get("spark.scheduler.mode"), "a context setting");
    assertEquals(LocalDiskFileSystem.class.getName(),
        spark.sparkContext().hadoopConfiguration().get("fs.file.impl"), "a Hadoop setting");
    assertSame(spark, SparkSessions.forJob("another-job"), "a job in the same JVM shares the running session");
  }

  @Test
  void aClosureThatCannotBeSerializedStillFailsWhenItsTaskIsSubmitted() {
    Object notSerializable = new Object();
    MapFunction<Long, Long> usesIt = v -> v + notSerializable.hashCode() * 0;
    SparkException e = assertThrows(SparkException.class,
        () -> spark.range(3).map(usesIt, Encoders.LONG()).collectAsList());
    assertTrue(e.getMessage().contains("Task not serializable"), e.getMessage());

    MapFunction<Long, Long> plain = v -> v + 1;
    assertEquals(List.of(1L, 2L, 3L), spark.range(3).map(plain, Encoders.LONG()).collectAsList(),
        "a closure that can be serialized runs");
  }
}
