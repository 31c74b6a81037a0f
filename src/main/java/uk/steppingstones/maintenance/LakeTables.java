package uk.steppingstones.maintenance;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The Delta tables of a lake (every layer), and the data files each holds on disk. */
final class LakeTables {
  static final List<String> LAYERS = List.of("raw", "conformed", "report", "ops");

  private LakeTables() {}

  /** Every table path, layer by layer, by name; a table is a folder holding {@code _delta_log}. */
  static List<String> all(String root, Configuration hadoop) throws IOException {
    List<String> tables = new ArrayList<>();
    for (String layer : LAYERS) {
      Path dir = new Path(root, layer);
      FileSystem fs = dir.getFileSystem(hadoop);
      FileStatus[] listing;
      try {
        listing = fs.listStatus(dir);
      } catch (FileNotFoundException e) {
        continue;
      }
      java.util.Arrays.sort(listing);
      for (FileStatus s : listing) {
        if (s.isDirectory() && fs.exists(new Path(s.getPath(), "_delta_log"))) {
          tables.add(s.getPath().toString());
        }
      }
    }
    return tables;
  }

  /** Whether {@code root} holds any layer folder: a lake, not a mistyped path. */
  static boolean isLake(String root, Configuration hadoop) throws IOException {
    for (String layer : LAYERS) {
      Path dir = new Path(root, layer);
      if (dir.getFileSystem(hadoop).exists(dir)) {
        return true;
      }
    }
    return false;
  }

  /** The files and bytes on disk of a table's data (everything but its log and hidden files). */
  record Usage(long files, long bytes) {
    Usage minus(Usage o) {
      return new Usage(files - o.files, bytes - o.bytes);
    }
  }

  static Usage usage(String table, Configuration hadoop) throws IOException {
    Path dir = new Path(table);
    FileSystem fs = dir.getFileSystem(hadoop);
    long files = 0, bytes = 0;
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String relative = f.getPath().toUri().getPath().substring(dir.toUri().getPath().length());
      if (!relative.contains("/_delta_log/") && !f.getPath().getName().startsWith(".")
          && !f.getPath().getName().startsWith("_")) {
        files++;
        bytes += f.getLen();
      }
    }
    return new Usage(files, bytes);
  }
}
