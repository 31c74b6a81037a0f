package uk.steppingstones.landing;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import uk.steppingstones.common.ColumnDoc;

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

  /** What the lineage columns mean, in {@link #FIELDS}' order. */
  public static final List<ColumnDoc> DOCS =
      List.of(
          ColumnDoc.value(SOURCE_FILE, "The landing file this version of the record came from."),
          ColumnDoc.value(SOURCE_LINE, "The line of that file the record starts on (the header is line 1; line breaks "
              + "inside quoted values count)."),
          ColumnDoc.value(FILE_RANK, "The file's order among all extracts (extract date, then same-day number, then "
              + "corrections of the same name): on a LastModified tie the later file wins."));

  public static final List<StructField> FIELDS =
      List.of(
          DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
          DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false),
          DataTypes.createStructField(FILE_RANK, DataTypes.LongType, false));
}
