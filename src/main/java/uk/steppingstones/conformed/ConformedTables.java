package uk.steppingstones.conformed;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.conformed.form.FormAnswers;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.conformed.form.FormTables;
import uk.steppingstones.landing.Datasets;

/**
 * Names and schemas of every conformed table: one per landing dataset, plus the typed form
 * tables. Conformed tables keep a deleted record as a tombstone ({@code deleted} = true) so an
 * older version arriving late cannot bring it back; "current records" leave tombstones out.
 */
public final class ConformedTables {
  private ConformedTables() {}

  public static List<String> names() {
    List<String> names = new ArrayList<>();
    Datasets.ALL.forEach(d -> names.add(d.name()));
    FormTables.ALL.forEach(f -> names.add(f.name()));
    return names;
  }

  /** An empty frame with the table's schema, for a table not built yet (or a test that omits it). */
  public static Dataset<Row> empty(SparkSession spark, String name) {
    return Datasets.named(name)
        .map(d -> spark.createDataFrame(List.<Row>of(), d.conformedSchema()))
        .orElseGet(() -> emptyFormTable(spark, name));
  }

  private static Dataset<Row> emptyFormTable(SparkSession spark, String name) {
    FormTable form =
        FormTables.ALL.stream()
            .filter(f -> f.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no conformed table " + name));
    return form.build(empty(spark, "lcs_form"), FormAnswers.winning(empty(spark, "lcs_form_answer")));
  }

  public static StructType schema(SparkSession spark, String name) {
    return empty(spark, name).schema();
  }
}
