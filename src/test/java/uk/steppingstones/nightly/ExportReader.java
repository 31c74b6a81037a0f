package uk.steppingstones.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import uk.steppingstones.export.ExportManifest;

/**
 * A reader of the Power BI export folder that is not Spark, polling it while a night runs, as
 * Power BI refreshing at the wrong moment would: every round reads every {@code *.parquet} in the
 * folder in full (DuckDB) and {@code _manifest.json}, and checks that each file the manifest names
 * is there. A file that cannot be read is half-written; that is what it looks for.
 */
final class ExportReader implements AutoCloseable {
  private final Path dir;
  private final Thread thread;
  private volatile boolean stop;
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong rounds = new AtomicLong(), filesRead = new AtomicLong();

  ExportReader(Path dir) {
    this.dir = dir;
    this.thread = new Thread(this::poll, "export-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void poll() {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
      while (!stop) {
        round(duck);
        rounds.incrementAndGet();
        // A short pause, so the reader does not take a core from the night it watches.
        Thread.sleep(50);
      }
    } catch (SQLException | InterruptedException | RuntimeException e) {
      failures.add("the reader itself failed: " + e);
    }
  }

  private void round(Connection duck) {
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.sorted().toList();
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    } catch (IOException e) {
      failures.add("cannot list the export folder: " + e);
      return;
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".parquet") && Files.isRegularFile(f)) {
        readParquet(duck, f);
      } else if (name.equals(ExportManifest.FILE_NAME)) {
        readManifest(f);
      }
    }
  }

  private void readParquet(Connection duck, Path f) {
    try (Statement s = duck.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + f.toString().replace("'", "''") + "')")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
      }
      filesRead.incrementAndGet();
    } catch (SQLException e) {
      failures.add(f.getFileName() + " could not be read: " + e.getMessage());
    }
  }

  private void readManifest(Path f) {
    ExportManifest manifest;
    try {
      manifest = ExportManifest.parse(Files.readAllBytes(f));
    } catch (IOException | RuntimeException e) {
      failures.add(f.getFileName() + " could not be read: " + e);
      return;
    }
    filesRead.incrementAndGet();
    for (ExportManifest.Table t : manifest.tables()) {
      if (!Files.isRegularFile(dir.resolve(t.file()))) {
        failures.add("the manifest of run " + manifest.runId() + " names " + t.file() + ", which is not there");
      }
    }
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

  long filesRead() {
    return filesRead.get();
  }
}
