package uk.steppingstones.landing;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/** Where a record came from: carried from landing through raw into the conformed tables. */
public final class Lineage {
  private Lineage() {}

  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";
  /**
   * Order of the record's file among all extracts: extract date, then same-day number, then how
   * many times that file name had been corrected before. "On a tie the later file wins" compares
   * this.
   */
  public static final String FILE_RANK = "file_rank";

  public static final List<StructField> FIELDS =
      List.of(
          DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
          DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false),
          DataTypes.createStructField(FILE_RANK, DataTypes.LongType, false));
}
