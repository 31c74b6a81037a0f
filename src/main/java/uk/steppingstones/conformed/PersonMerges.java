package uk.steppingstones.conformed;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.TableDoc;

/**
 * LCS merges duplicate people: a person record with MergedIntoPersonID belongs to that person,
 * and every record of any dataset naming it speaks of the surviving person at the end of the
 * chain. A cycle cannot be resolved: its ids (and ids leading into it) stay themselves and are
 * reported.
 */
public final class PersonMerges {
  public static final StructType MAP_SCHEMA =
      new StructType()
          .add("person_id", DataTypes.StringType, false)
          .add("surviving_person_id", DataTypes.StringType, false);

  /** The stored survivor map, {@code conformed/person_survivor}. */
  public static final TableDoc DOC = TableDoc.of(
      "person id LCS merged into another, that moves to a surviving person",
      "The survivor map as last stored: each merged person id with the person at the end of its chain of "
          + "MergedIntoPersonID. Ids on a merge cycle (or leading into one) are not here: they stay themselves and "
          + "the run record lists them. A night that changes the map re-points every conformed record of the ids "
          + "that moved.",
      ColumnDoc.key("person_id", "The merged (duplicate) person id, as extracts give it."),
      ColumnDoc.value("surviving_person_id", "The person at the end of its merge chain, whom every record of the id "
          + "belongs to."));

  private PersonMerges() {}

  /** Survivors of merged ids (only ids that move), and the ids left alone because of a cycle. */
  public record Resolution(Map<String, String> survivors, Set<String> cycles) {}

  /** Follows each {@code id -> mergedInto} chain to its end. */
  public static Resolution resolve(Map<String, String> mergedInto) {
    Map<String, String> survivors = new TreeMap<>();
    Set<String> cycles = new TreeSet<>();
    for (String start : mergedInto.keySet()) {
      Set<String> seen = new HashSet<>();
      String at = start;
      while (mergedInto.containsKey(at) && seen.add(at)) {
        at = mergedInto.get(at);
      }
      if (mergedInto.containsKey(at)) {
        cycles.add(start);
      } else if (!at.equals(start)) {
        survivors.put(start, at);
      }
    }
    return new Resolution(survivors, cycles);
  }

  /**
   * The survivor map of the current person records. The merged records are few (duplicates
   * LCS has merged), so the chain walk runs on the driver over just those edges.
   */
  public static Resolution resolve(Dataset<Row> currentPersons) {
    Map<String, String> edges = new HashMap<>();
    for (Row r :
        currentPersons
            .filter(col("merged_into_person_id").isNotNull())
            .filter(col("merged_into_person_id").notEqual(col("person_id")))
            .select("person_id", "merged_into_person_id")
            .collectAsList()) {
      edges.put(r.getString(0), r.getString(1));
    }
    return resolve(edges);
  }

  public static Dataset<Row> asFrame(SparkSession spark, Map<String, String> survivors) {
    List<Row> rows = new ArrayList<>();
    survivors.forEach((id, survivor) -> rows.add(RowFactory.create(id, survivor)));
    return spark.createDataFrame(rows, MAP_SCHEMA);
  }

  /**
   * Points records at the surviving person: {@code source_person_id} keeps the id as received,
   * {@code person_id} becomes the survivor.
   */
  public static Dataset<Row> repoint(Dataset<Row> records, Dataset<Row> survivorMap) {
    return records
        .withColumn("source_person_id", col("person_id"))
        .join(broadcast(survivorMap.withColumnRenamed("person_id", "merged_id")),
            col("person_id").equalTo(col("merged_id")), "left")
        .withColumn("person_id", coalesce(col("surviving_person_id"), col("person_id")))
        .drop("merged_id", "surviving_person_id");
  }

  /**
   * Ids whose survivor changed between two maps (including ids no longer merged, which point
   * back to themselves): person_id, surviving_person_id.
   */
  public static Dataset<Row> changes(Dataset<Row> before, Dataset<Row> after) {
    return before.as("b")
        .join(after.as("a"), col("b.person_id").equalTo(col("a.person_id")), "full_outer")
        .select(
            coalesce(col("a.person_id"), col("b.person_id")).as("person_id"),
            coalesce(col("a.surviving_person_id"), col("b.person_id")).as("surviving_person_id"),
            col("b.surviving_person_id").as("before"))
        .filter(not(col("surviving_person_id").eqNullSafe(coalesce(col("before"), col("person_id")))))
        .drop("before");
  }
}
