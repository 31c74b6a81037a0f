package uk.steppingstones.landing;

import java.util.function.Function;
import org.apache.spark.sql.Column;

/**
 * A check across the typed values of a record (e.g. EndDate before StartDate). A record for which
 * {@code broken} is true goes to quarantine with {@code column} and {@code reason}.
 *
 * @param broken from a function that resolves a lake column name to its typed value
 */
public record RowRule(String column, String reason, Function<Function<String, Column>, Column> broken) {}
