package uk.steppingstones.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What a table holds, in the service's words: what one row is ({@code row}, completing "one row
 * per ..."), what the table is for and which rules decide what it counts ({@code about}), and every
 * column, in the table's order. The one source of a table's metadata: the Delta table's
 * description and column comments ({@link DeltaWriter}) and the data dictionary
 * ({@code docs/tables.md}) are made from it.
 */
public record TableDoc(String row, String about, List<ColumnDoc> columns) {
  /** The key of a column's description in its Spark field metadata, as DESCRIBE TABLE reads it. */
  public static final String COMMENT = "comment";

  public TableDoc {
    if (row == null || row.isBlank() || about == null || about.isBlank()) {
      throw new IllegalArgumentException("a table needs what its row is and what it is about");
    }
    row = row.strip();
    about = about.strip();
    columns = List.copyOf(columns);
    Set<String> seen = new HashSet<>();
    for (ColumnDoc c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException("column " + c.name() + " is declared twice");
      }
    }
  }

  public static TableDoc of(String row, String about, ColumnDoc... columns) {
    return new TableDoc(row, about, List.of(columns));
  }

  /** The table's description as the Delta table holds it: what a row is, then what it is about. */
  public String description() {
    return "One row per " + row + ". " + about;
  }

  /** The declared column names, in order. */
  public List<String> names() {
    return columns.stream().map(ColumnDoc::name).toList();
  }

  public Optional<ColumnDoc> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The rows with each declared column's description as its comment; other columns are left as
   * they are. Costs nothing at run time: only the schema changes.
   */
  public Dataset<Row> comment(Dataset<Row> rows) {
    List<Column> out = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      Column c = rows.col(f.name());
      out.add(column(f.name()).map(d -> c.as(f.name(), withComment(f.metadata(), d.description()))).orElse(c));
    }
    return rows.select(out.toArray(Column[]::new));
  }

  /** The schema with each declared column's description as its comment. */
  public StructType comment(StructType schema) {
    StructField[] fields = schema.fields().clone();
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      Optional<ColumnDoc> d = column(f.name());
      if (d.isPresent()) {
        fields[i] =
            new StructField(f.name(), f.dataType(), f.nullable(), withComment(f.metadata(), d.get().description()));
      }
    }
    return new StructType(fields);
  }

  /** Whether every declared column of {@code schema} already carries its description. */
  public boolean commented(StructType schema) {
    for (StructField f : schema.fields()) {
      Optional<ColumnDoc> d = column(f.name());
      if (d.isPresent() && !d.get().description().equals(comment(f).orElse(null))) {
        return false;
      }
    }
    return true;
  }

  /** A field's comment, if it has one. */
  public static Optional<String> comment(StructField f) {
    return f.metadata().contains(COMMENT) ? Optional.of(f.metadata().getString(COMMENT)) : Optional.empty();
  }

  private static Metadata withComment(Metadata metadata, String comment) {
    return new MetadataBuilder().withMetadata(metadata).putString(COMMENT, comment).build();
  }
}
