package uk.steppingstones.docs;

import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.TableDoc;

/**
 * A table of the lake with its declaration and its real schema (as the code builds it).
 *
 * @param location where it lives under the lake, e.g. {@code report/claim_savings}
 */
public record DocumentedTable(String location, String name, TableDoc doc, StructType schema) {}
