package uk.steppingstones.query;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** An analyst's session on a lake as jobs/sql.sh opens it (gold tables by name), for tests of other packages. */
public final class AnalystSession {
  private AnalystSession() {}

  public static SparkSession open(SparkSession base, Path lake) {
    return LakeSession.open(base, new LakeFolders(lake.toString(), base.sparkContext().hadoopConfiguration()),
        Optional.empty());
  }
}
