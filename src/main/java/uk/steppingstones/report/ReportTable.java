package uk.steppingstones.report;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import uk.steppingstones.common.TableDoc;

/**
 * One gold table of outputs.md: a pure transformation from the conformed tables (current records,
 * as of the report date) to the table's rows, and the records behind its figures. A new report
 * table is one implementation and one line in {@link ReportTables}; its detail table
 * ({@code <table>_detail}) is written, exported and documented with it.
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

  /**
   * The records behind every CHILDREN, RECORDS and MONEY column: the facts {@link #build} counts
   * (computed once through {@link ReportInputs#shared}, so the figures and their detail come from
   * the same records) and, per counted column, which facts count in it and as what record. Written
   * as the gold table {@code <table>_detail} ({@link Detail}).
   *
   * <p>By default none: right only for a table without such columns (its detail table is empty).
   * A table with one that does not say its records fails when its detail is built.
   */
  default Detail detail(ReportInputs in) {
    return Detail.of(build(in));
  }
}
