package uk.steppingstones.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
}
