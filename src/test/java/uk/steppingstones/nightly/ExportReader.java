package uk.steppingstones.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import uk.steppingstones.export.ExportManifest;

/**
 * A reader of the Power BI export folder that is not Spark, polling it while nights run, as a
 * Power BI refresh at the wrong moment would. Each round it takes every {@code *.parquet} file and
 * {@code _manifest.json} that is new or changed since it last read it, as Power BI's
 * {@code File.Contents} does: the whole file in one read. It then reads each Parquet file in full
 * (DuckDB) and checks that each file a manifest names is there. A file that cannot be read was
 * half-written when taken: that is what it looks for.
 *
 * <p>DuckDB is not given the export file itself: its {@code read_parquet} opens a file three times
 * in one query (schema, then rows), so in the instant the night renames a new file into place it
 * can get the schema of one and the rows of the other, whatever the writer does.
 */
final class ExportReader implements AutoCloseable {
  /** A short pause between rounds, so the reader does not take a core from the nights it watches. */
  private static final long PAUSE_MILLIS = 20;

  private final Path dir;
  private final Thread thread;
  private volatile boolean stop;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong rounds = new AtomicLong(), filesRead = new AtomicLong();
  /** The file (inode), size and time of each file as last read: a file is read again when they change. */
  private final Map<Path, String> read = new HashMap<>();

  ExportReader(Path dir) {
    this.dir = dir;
    this.thread = new Thread(this::poll, "export-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void poll() {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      Path taken = Files.createTempFile("export-reader-", ".parquet");
      while (!stop) {
        round(duck, taken);
        rounds.incrementAndGet();
        Thread.sleep(PAUSE_MILLIS);
      }
      Files.deleteIfExists(taken);
    } catch (SQLException | IOException | InterruptedException | RuntimeException e) {
      failures.add("the reader itself failed: " + e);
    }
  }

  private void round(Connection duck, Path taken) {
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.sorted().toList();
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      failures.add("cannot list the export folder: " + e);
      return;
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (!name.endsWith(".parquet") && !name.equals(ExportManifest.FILE_NAME)) {
        continue;
      }
      String version;
      byte[] bytes;
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          continue;
        }
        version = a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        if (version.equals(read.get(f))) {
          continue;
        }
        bytes = Files.readAllBytes(f);
      } catch (NoSuchFileException e) {
        failures.add(name + " was listed, then gone");
        continue;
      } catch (IOException e) {
        failures.add(name + " could not be read: " + e);
        continue;
      }
      if (name.endsWith(".parquet") ? readParquet(duck, name, bytes, taken) : readManifest(name, bytes)) {
        read.put(f, version);
        filesRead.incrementAndGet();
      }
    }
  }

  private boolean readParquet(Connection duck, String name, byte[] bytes, Path taken) {
    try {
      Files.write(taken, bytes);
    } catch (IOException e) {
      failures.add("the reader could not keep its copy of " + name + ": " + e);
      return false;
    }
    try (Statement s = duck.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + taken.toString().replace("'", "''") + "')")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
      }
      return true;
    } catch (SQLException e) {
      failures.add(name + " (" + bytes.length + " bytes) could not be read: " + e.getMessage());
      return false;
    }
  }

  private boolean readManifest(String name, byte[] bytes) {
    ExportManifest manifest;
    try {
      manifest = ExportManifest.parse(bytes);
    } catch (IOException | RuntimeException e) {
      failures.add(name + " could not be read: " + e);
      return false;
    }
    boolean complete = true;
    for (ExportManifest.Table t : manifest.tables()) {
      if (!Files.isRegularFile(dir.resolve(t.file()))) {
        failures.add("the manifest of run " + manifest.runId() + " names " + t.file() + ", which is not there");
        complete = false;
      }
    }
    return complete;
  }

  /** Stops polling after the round in progress. */
  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.join();
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  long rounds() {
    return rounds.get();
  }

  /** Files (each version of each) read in full. */
  long filesRead() {
    return filesRead.get();
  }
}
