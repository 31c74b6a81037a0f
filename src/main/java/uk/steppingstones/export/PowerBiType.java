package uk.steppingstones.export;

import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The column types an export file may hold (outputs.md, "Export for Power BI"), each with its name
 * in {@code _manifest.json} and the Power Query type the {@code powerbi/} queries give it. Any other
 * Spark type is refused at export, so a report table cannot slip an INT96-prone, 32-bit or
 * unrounded decimal column into what Power BI reads.
 */
public enum PowerBiType {
  DATE(DataTypes.DateType, "date", "type date"),
  /** Money. Currency.Type is Power BI's fixed decimal: sums of pounds and pence stay exact. */
  MONEY(DataTypes.createDecimalType(18, 2), "decimal(18,2)", "Currency.Type"),
  INT64(DataTypes.LongType, "int64", "Int64.Type"),
  DOUBLE(DataTypes.DoubleType, "double", "type number"),
  STRING(DataTypes.StringType, "string", "type text"),
  BOOLEAN(DataTypes.BooleanType, "boolean", "type logical"),
  /** An instant, written as INT64 microseconds adjusted to UTC (never INT96). */
  TIMESTAMP(DataTypes.TimestampType, "timestamp", "type datetimezone");

  private final DataType sparkType;
  private final String manifestName;
  private final String powerQueryType;

  PowerBiType(DataType sparkType, String manifestName, String powerQueryType) {
    this.sparkType = sparkType;
    this.manifestName = manifestName;
    this.powerQueryType = powerQueryType;
  }

  /** The name {@code _manifest.json} gives the type, e.g. {@code decimal(18,2)}. */
  public String manifestName() {
    return manifestName;
  }

  /** The M type expression the column is converted to, e.g. {@code Int64.Type}. */
  public String powerQueryType() {
    return powerQueryType;
  }

  public DataType sparkType() {
    return sparkType;
  }

  /** The export type of a Spark column type, or empty when it may not be exported. */
  public static Optional<PowerBiType> of(DataType type) {
    return Arrays.stream(values()).filter(t -> t.sparkType.equals(type)).findFirst();
  }

  /** The type named {@code name} in a manifest. */
  public static Optional<PowerBiType> named(String name) {
    return Arrays.stream(values()).filter(t -> t.manifestName.equals(name)).findFirst();
  }
}
