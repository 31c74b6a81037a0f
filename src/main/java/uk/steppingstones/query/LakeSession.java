package uk.steppingstones.query;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark session whose default catalog is the lake ({@link LakeCatalog}), so {@code claim_savings},
 * {@code report.claim_savings}, {@code conformed.ss_involvement} and {@code ops.run_record} are
 * table names, and every other catalog (spark_catalog, delta.`path`) still works when named.
 */
final class LakeSession {
  /** The catalog's name, for statements that want to be explicit: {@code lake.report.claim_savings}. */
  static final String CATALOG = "lake";

  private LakeSession() {}

  /**
   * A new session on {@code base}'s Spark context (cheap: no second context), with the lake as its
   * default catalog and, for a published night, the gold and conformed tables pinned to the versions
   * that night left. A new session rather than {@code base} itself, because a catalog is set up once
   * per session and the test suite reads several lakes with one context.
   */
  static SparkSession open(SparkSession base, LakeFolders lake, Optional<PublishedNight> night) {
    SparkSession session = base.newSession();
    String prefix = "spark.sql.catalog." + CATALOG;
    session.conf().set(prefix, LakeCatalog.class.getName());
    session.conf().set(prefix + "." + LakeCatalog.ROOT, lake.root());
    night.ifPresent(n -> {
      session.conf().set(prefix + "." + LakeCatalog.Pins.NIGHT, n.describe());
      for (Map.Entry<String, Map<String, Long>> layer : n.pins(lake).entrySet()) {
        layer.getValue().forEach((table, version) ->
            session.conf().set(prefix + "." + LakeCatalog.VERSION_PREFIX + layer.getKey() + "." + table, version));
      }
    });
    session.conf().set("spark.sql.defaultCatalog", CATALOG);
    return session;
  }
}
