package uk.steppingstones.common;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * Spark's context without its closure cleaner. Spark passes every operator's and job's closure
 * through it; on Scala 2.12 it changes nothing for closures not typed into a REPL, and it checks
 * two things at a cost: that the closure holds no {@code return} (it reads the bytecode of the
 * class that declared the closure, e.g. the whole of a hash aggregate's plan node, every time) and
 * that it can be serialized (it serializes it once, plan and Hadoop configuration included, only
 * to throw the bytes away). Measured with JFR: a tenth of a night's CPU. The task is serialized
 * again when Spark submits it, so a closure that cannot be serialized still fails there, with its
 * stage ("Task not serializable"), before any task runs.
 */
final class UncheckedClosuresContext extends SparkContext {
  UncheckedClosuresContext(SparkConf conf) {
    super(conf);
  }

  @Override
  public <F> F clean(F closure, boolean checkSerializable) {
    return closure;
  }
}
