package uk.steppingstones.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;

/**
 * One gold table of outputs.md: a pure transformation from the conformed tables (current records,
 * as of the report date) to the table's rows. A new report table is one implementation and one
 * line in {@link ReportTables}.
 */
public interface ReportTable {
  /** The table name of outputs.md, also the export file name. */
  String name();

  /** The rows, with exactly the columns (names and types) outputs.md lists. */
  Dataset<Row> build(ReportInputs in);

  /**
   * What one row is and what each column means, in the service's words and in the table's column
   * order, each column with its role (what kind of figure it is). The table's Delta description
   * and column comments and its entry in {@code docs/tables.md} are made from it.
   */
  TableDoc doc();
}
