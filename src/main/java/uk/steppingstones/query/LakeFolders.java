package uk.steppingstones.query;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The lake's folders as the query tools see them: which layers and tables there are, found by
 * listing folders (a Delta table is a folder holding {@code _delta_log}) without reading any log.
 */
final class LakeFolders {
  static final String REPORT = "report", CONFORMED = "conformed", RAW = "raw", OPS = "ops";
  /** In the order SHOW NAMESPACES lists them: gold first, as analysts mostly want it. */
  static final List<String> LAYERS = List.of(REPORT, CONFORMED, RAW, OPS);

  private final String root;
  private final Configuration hadoop;

  LakeFolders(String root, Configuration hadoop) {
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    this.hadoop = hadoop;
  }

  String root() {
    return root;
  }

  String layerPath(String layer) {
    return root + "/" + layer;
  }

  String tablePath(String layer, String table) {
    return layerPath(layer) + "/" + table;
  }

  /**
   * Why {@code root} is not a lake, or empty when it is one: it must be a folder holding at least
   * one of the layer folders. Checked before a session starts, so a mistyped path costs a line, not
   * a stack trace.
   */
  Optional<String> notALake() {
    try {
      Path p = new Path(root);
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        return Optional.of(root + " does not exist");
      }
      if (!fs.getFileStatus(p).isDirectory()) {
        return Optional.of(root + " is a file, not a lake folder");
      }
      for (String layer : LAYERS) {
        if (fs.exists(new Path(layerPath(layer)))) {
          return Optional.empty();
        }
      }
      return Optional.of(root + " is not a Stepping Stones lake: it has none of the folders "
          + String.join("/, ", LAYERS) + "/ (the folder given to nightly.sh --lake)");
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of("cannot read the lake " + root + ": " + e.getMessage());
    }
  }

  /** The Delta tables of a layer, by name; none when the layer folder is missing. */
  List<String> tables(String layer) {
    List<String> names = new ArrayList<>();
    try {
      Path dir = new Path(layerPath(layer));
      FileSystem fs = dir.getFileSystem(hadoop);
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isDirectory() && fs.exists(new Path(s.getPath(), "_delta_log"))) {
          names.add(s.getPath().getName());
        }
      }
    } catch (FileNotFoundException e) {
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + layerPath(layer), e);
    }
    names.sort(null);
    return names;
  }

  boolean isTable(String layer, String table) {
    if (table.isEmpty() || table.contains("/") || table.startsWith(".")) {
      return false;
    }
    return isDeltaTable(tablePath(layer, table));
  }

  /** Whether {@code path} (anywhere, not only in this lake) is a Delta table. */
  boolean isDeltaTable(String path) {
    try {
      Path log = new Path(path, "_delta_log");
      return log.getFileSystem(hadoop).exists(log);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The layer and table of a view name the old query.sh registered ({@code conformed_person},
   * {@code raw_person}, {@code ops_run_record}).
   */
  static Optional<String[]> oldViewName(String name) {
    for (String layer : List.of(CONFORMED, RAW, OPS)) {
      if (name.startsWith(layer + "_") && name.length() > layer.length() + 1) {
        return Optional.of(new String[] {layer, name.substring(layer.length() + 1)});
      }
    }
    return Optional.empty();
  }
}
