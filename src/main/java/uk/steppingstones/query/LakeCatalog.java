package uk.steppingstones.query;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.NamespaceChange;
import org.apache.spark.sql.connector.catalog.SupportsNamespaces;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableCatalog;
import org.apache.spark.sql.connector.catalog.TableChange;
import org.apache.spark.sql.connector.catalog.TableWritePrivilege;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.delta.DeltaTimeTravelSpec;
import org.apache.spark.sql.delta.catalog.DeltaTableV2;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import scala.Option;

/**
 * The lake as a Spark catalog: namespaces {@code report} (the default), {@code conformed},
 * {@code raw} and {@code ops} are the lake's folders, and a table is a Delta folder in one of them.
 * Listing reads only the folder names; a table's Delta log is read only when a statement names the
 * table, so a query costs the tables it reads and no more.
 *
 * <p>Configured by {@link LakeSession}: option {@code root} is the lake, and options
 * {@code version.<layer>.<table>} pin a table to the Delta version a night published
 * ({@code --as-published}); a table pinned to -1 did not exist that night, and is neither listed nor
 * read. Tables without a pin are read as they are now.
 *
 * <p>{@code delta.`<path>`} reads any Delta table by its path, as in Spark's own catalog.
 *
 * <p>Read-only: writes, DDL and namespace changes are refused here, because the nightly job is the
 * lake's only writer and a stray INSERT or DROP would change published figures.
 */
public final class LakeCatalog implements TableCatalog, SupportsNamespaces {
  static final String ROOT = "root";
  static final String VERSION_PREFIX = "version.";

  private String name;
  private LakeFolders folders;
  private Pins pins;

  @Override
  public void initialize(String name, CaseInsensitiveStringMap options) {
    this.name = name;
    String root = options.get(ROOT);
    if (root == null) {
      throw new IllegalArgumentException("catalog " + name + " needs option " + ROOT + " (the lake folder)");
    }
    this.folders = new LakeFolders(root, SparkSession.active().sparkContext().hadoopConfiguration());
    this.pins = Pins.fromOptions(options);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String[] defaultNamespace() {
    return new String[] {LakeFolders.REPORT};
  }

  // ---- namespaces: the lake's layers ----

  @Override
  public String[][] listNamespaces() {
    return LakeFolders.LAYERS.stream().map(l -> new String[] {l}).toArray(String[][]::new);
  }

  @Override
  public String[][] listNamespaces(String[] namespace) throws NoSuchNamespaceException {
    layer(namespace);
    return new String[0][];
  }

  @Override
  public boolean namespaceExists(String[] namespace) {
    return namespace.length == 1 && LakeFolders.LAYERS.contains(namespace[0].toLowerCase(Locale.ROOT));
  }

  @Override
  public Map<String, String> loadNamespaceMetadata(String[] namespace) throws NoSuchNamespaceException {
    return Map.of("location", folders.layerPath(layer(namespace)));
  }

  // ---- tables ----

  @Override
  public Identifier[] listTables(String[] namespace) throws NoSuchNamespaceException {
    String layer = layer(namespace);
    return folders.tables(layer).stream()
        .filter(t -> pins.allows(layer, t))
        .map(t -> Identifier.of(new String[] {layer}, t))
        .toArray(Identifier[]::new);
  }

  @Override
  public Table loadTable(Identifier ident) throws NoSuchTableException {
    Located t = locate(ident);
    Optional<Long> pinned = pins.version(t.layer, t.table);
    if (pinned.isPresent() && pinned.get() < 0) {
      throw new NotPublishedException(t.layer + "." + t.table + " did not exist in the night being read ("
          + pins.night() + "); SHOW TABLES" + (t.layer.equals(LakeFolders.REPORT) ? "" : " IN " + t.layer)
          + " lists the tables it had");
    }
    return deltaTable(t, pinned.map(v -> versionSpec(v)));
  }

  /** {@code VERSION AS OF} in a statement wins over the night being read. */
  @Override
  public Table loadTable(Identifier ident, String version) throws NoSuchTableException {
    long v;
    try {
      v = Long.parseLong(version.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("VERSION AS OF needs a Delta version number, not '" + version + "'");
    }
    return deltaTable(locate(ident), Optional.of(versionSpec(v)));
  }

  /** {@code TIMESTAMP AS OF}: Spark gives microseconds since the epoch. */
  @Override
  public Table loadTable(Identifier ident, long timestampMicros) throws NoSuchTableException {
    var literal = new org.apache.spark.sql.catalyst.expressions.Literal(timestampMicros,
        org.apache.spark.sql.types.DataTypes.TimestampType);
    return deltaTable(locate(ident),
        Optional.of(new DeltaTimeTravelSpec(Option.apply(literal), Option.empty(), Option.apply("sql"))));
  }

  @Override
  public Table loadTable(Identifier ident, Set<TableWritePrivilege> writePrivileges) {
    throw readOnly("write to " + String.join(".", ident.namespace()) + "." + ident.name());
  }

  @Override
  public boolean tableExists(Identifier ident) {
    try {
      locate(ident);
      return true;
    } catch (NoSuchTableException e) {
      return false;
    }
  }

  private record Located(String layer, String table, String path) {}

  /**
   * The folder of the named table. An unqualified name is a gold table; the old view names of
   * query.sh ({@code conformed_person}, {@code raw_person}, {@code ops_run_record}) still resolve,
   * so saved queries keep working.
   */
  private Located locate(Identifier ident) throws NoSuchTableException {
    String[] ns = ident.namespace();
    if (ns.length == 1 && ns[0].equalsIgnoreCase("delta") && folders.isDeltaTable(ident.name())) {
      // delta.`/some/path`: Delta's own path tables answer only in spark_catalog, no longer the default.
      return new Located("delta", ident.name(), ident.name());
    }
    String layer = ns.length == 0 ? LakeFolders.REPORT : ns.length == 1 ? ns[0].toLowerCase(Locale.ROOT) : null;
    if (layer == null || !LakeFolders.LAYERS.contains(layer)) {
      throw new NoSuchTableException(ident);
    }
    String table = ident.name().toLowerCase(Locale.ROOT);
    if (folders.isTable(layer, table)) {
      return new Located(layer, table, folders.tablePath(layer, table));
    }
    if (layer.equals(LakeFolders.REPORT)) {
      Optional<String[]> old = LakeFolders.oldViewName(table);
      if (old.isPresent() && folders.isTable(old.get()[0], old.get()[1])) {
        return new Located(old.get()[0], old.get()[1], folders.tablePath(old.get()[0], old.get()[1]));
      }
    }
    throw new NoSuchTableException(ident);
  }

  private Table deltaTable(Located t, Optional<DeltaTimeTravelSpec> timeTravel) {
    // Built directly rather than through spark_catalog's path tables: that route first asks the
    // session's built-in catalog, which creates a spark-warehouse folder wherever the shell runs.
    return new DeltaTableV2(SparkSession.active(), new Path(t.path), Option.empty(),
        Option.apply(t.layer + "." + t.table), Option.apply(timeTravel.orElse(null)),
        scala.collection.immutable.Map$.MODULE$.empty());
  }

  private static DeltaTimeTravelSpec versionSpec(long version) {
    return new DeltaTimeTravelSpec(Option.empty(), Option.apply((Object) version), Option.apply("sql"));
  }

  private static String layer(String[] namespace) throws NoSuchNamespaceException {
    if (namespace.length == 1 && LakeFolders.LAYERS.contains(namespace[0].toLowerCase(Locale.ROOT))) {
      return namespace[0].toLowerCase(Locale.ROOT);
    }
    throw new NoSuchNamespaceException(namespace);
  }

  // ---- the lake is written by the nightly job only ----

  @Override
  public Table createTable(Identifier ident, StructType schema, Transform[] partitions, Map<String, String> props) {
    throw readOnly("create a table");
  }

  @Override
  public Table alterTable(Identifier ident, TableChange... changes) {
    throw readOnly("alter a table");
  }

  @Override
  public boolean dropTable(Identifier ident) {
    throw readOnly("drop a table");
  }

  @Override
  public void renameTable(Identifier from, Identifier to) {
    throw readOnly("rename a table");
  }

  @Override
  public void createNamespace(String[] namespace, Map<String, String> metadata) {
    throw readOnly("create a namespace");
  }

  @Override
  public void alterNamespace(String[] namespace, NamespaceChange... changes) {
    throw readOnly("alter a namespace");
  }

  @Override
  public boolean dropNamespace(String[] namespace, boolean cascade) {
    throw readOnly("drop a namespace");
  }

  private static UnsupportedOperationException readOnly(String what) {
    return new ReadOnlyException("cannot " + what + ": the lake is read-only here (only the nightly job writes it)");
  }

  /** A write or DDL statement against the lake. */
  static final class ReadOnlyException extends UnsupportedOperationException {
    ReadOnlyException(String message) {
      super(message);
    }
  }

  /** A table the night being read (--as-published) did not have. */
  static final class NotPublishedException extends IllegalStateException {
    NotPublishedException(String message) {
      super(message);
    }
  }

  /** The Delta versions a published night pins, per layer and table, from the catalog's options. */
  record Pins(Map<String, Map<String, Long>> versions, String night) {
    static final String NIGHT = "night";

    static Pins fromOptions(CaseInsensitiveStringMap options) {
      Map<String, Map<String, Long>> versions = new java.util.TreeMap<>();
      for (Map.Entry<String, String> e : options.entrySet()) {
        String key = e.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith(VERSION_PREFIX)) {
          String[] parts = key.substring(VERSION_PREFIX.length()).split("\\.", 2);
          versions.computeIfAbsent(parts[0], l -> new java.util.TreeMap<>()).put(parts[1], Long.parseLong(e.getValue()));
        }
      }
      return new Pins(versions, options.getOrDefault(NIGHT, ""));
    }

    Optional<Long> version(String layer, String table) {
      return Optional.ofNullable(versions.getOrDefault(layer, Map.of()).get(table));
    }

    /** Listed unless the night being read did not have it. */
    boolean allows(String layer, String table) {
      return version(layer, table).map(v -> v >= 0).orElse(true);
    }
  }

}
