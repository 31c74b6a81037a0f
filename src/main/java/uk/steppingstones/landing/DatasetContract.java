package uk.steppingstones.landing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What inputs.md says about one dataset: its columns, its business key and its record checks. The
 * common columns LastModified and Deleted are added here, once, for every dataset.
 */
public abstract class DatasetContract {
  /** Columns that hold personal data: dropped the moment a file is read, never written anywhere. */
  public static final List<String> PERSONAL_HEADERS = List.of("forename", "surname");

  public static final ContractColumn LAST_MODIFIED =
      ContractColumn.required("LastModified", "last_modified", ValueType.DATETIME,
          "When the record last changed in the source system; of two versions of a record the newer wins");
  public static final ContractColumn DELETED =
      ContractColumn.optional("Deleted", "deleted", ValueType.YES_NO,
          "Yes when the record was deleted in the source system; empty means No");

  /** The system a dataset comes from, as its data owners know it. */
  public enum Source {
    CASE_MANAGEMENT("the case management system (LCS)"),
    FINANCE("the finance system"),
    ANALYSTS("the analysts' reference lists");

    private final String words;

    Source(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** The dataset name as it appears in landing file names, e.g. {@code ss_involvement}. */
  public abstract String name();

  /** Who sends the dataset. */
  public abstract Source source();

  /** What one record is, in the data owner's words (docs/landing.md shows it). */
  public abstract String description();

  /** The dataset's own columns, key first, in contract order (without the common columns). */
  protected abstract List<ContractColumn> ownColumns();

  /** Lake names of the business key; by default the first column. */
  public List<String> key() {
    return List.of(ownColumns().get(0).name());
  }

  /** Checks across values, beyond each column's own reading. */
  public List<RowRule> rowRules() {
    return List.of();
  }

  /** Every column, with LastModified and Deleted. */
  public final List<ContractColumn> columns() {
    List<ContractColumn> all = new ArrayList<>(ownColumns());
    all.add(LAST_MODIFIED);
    all.add(DELETED);
    return all;
  }

  /**
   * Whether records name a person (and so are re-pointed to the surviving person when LCS merges
   * people). The person dataset itself is keyed by the person and is not re-pointed.
   */
  public final boolean hasPerson() {
    return column("person_id").isPresent() && !key().contains("person_id");
  }

  public final Optional<ContractColumn> column(String name) {
    return columns().stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The typed columns of this dataset as the conformed layer holds them. Records that name a
   * person also keep {@code source_person_id}, the id as the extract gave it before merges.
   */
  public final StructType typedSchema() {
    StructType schema = new StructType();
    for (ContractColumn c : columns()) {
      schema = schema.add(c.name(), c.type().sparkType(), !key().contains(c.name()));
    }
    return schema;
  }

  /** The schema of the conformed (current-state) table. */
  public final StructType conformedSchema() {
    StructType schema = typedSchema();
    if (hasPerson()) {
      schema = schema.add("source_person_id", DataTypes.StringType, true);
    }
    for (StructField f : Lineage.FIELDS) {
      schema = schema.add(f);
    }
    return schema;
  }

  @Override
  public String toString() {
    return name();
  }
}
