package uk.steppingstones.landing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.common.TableDoc;

/**
 * What inputs.md says about one dataset: its columns, its business key and its record checks. The
 * common columns LastModified and Deleted are added here, once, for every dataset.
 */
public abstract class DatasetContract {
  /** Columns that hold personal data: dropped the moment a file is read, never written anywhere. */
  public static final List<String> PERSONAL_HEADERS = List.of("forename", "surname");

  public static final ContractColumn LAST_MODIFIED =
      ContractColumn.required("LastModified", "last_modified", ValueType.DATETIME,
          "When the source system last changed the record: of two versions of a key the newer wins (on a tie the "
              + "later file, then the later line).");
  public static final ContractColumn DELETED =
      ContractColumn.optional("Deleted", "deleted", ValueType.YES_NO,
          "True when the source system deleted the record (default false): it is kept here as a tombstone, so "
              + "an older version arriving later cannot bring it back, and left out of current records and "
              + "every report table.");

  /** What {@code source_person_id} holds, in records that name a person. */
  public static final String SOURCE_PERSON_ID =
      "The PersonID as the extract gave it, before person merges; person_id is the surviving person.";

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

  /** The dataset's own columns, key first, in contract order (without the common columns). */
  protected abstract List<ContractColumn> ownColumns();

  /** What one record is, completing "one row per ...", e.g. {@code involvement (InvolvementID)}. */
  protected abstract String row();

  /** What the dataset holds, in the service's words, and the rules that matter when reading it. */
  protected abstract String about();

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

  /**
   * The conformed table's declaration: its row, what it holds, and every column of
   * {@link #conformedSchema} in order. A key column identifies the row, money columns are money,
   * the rest describe the record.
   */
  public final TableDoc doc() {
    List<ColumnDoc> docs = new ArrayList<>();
    for (ContractColumn c : columns()) {
      String text = c.description() + " From the extract's " + c.header() + (c.required() ? " (required)." : ".");
      Role role = key().contains(c.name()) ? Role.KEY : c.type() == ValueType.MONEY ? Role.MONEY : Role.VALUE;
      docs.add(new ColumnDoc(c.name(), role, text));
    }
    if (hasPerson()) {
      docs.add(ColumnDoc.value("source_person_id", SOURCE_PERSON_ID));
    }
    docs.addAll(Lineage.DOCS);
    return new TableDoc(row() + ", in its winning version (a deleted record stays, marked deleted)", about(), docs);
  }

  @Override
  public String toString() {
    return name();
  }
}
