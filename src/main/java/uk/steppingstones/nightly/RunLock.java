package uk.steppingstones.nightly;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * One run at a time per lake. On a local lake this is an operating-system lock on
 * {@code <lake>/.nightly.lock}: it is released when the process ends, however it ends, so a
 * killed run never blocks the next. On object storage, where there are no such locks, the lock
 * is a file created only if absent; a lock older than {@link #STALE_AFTER} is taken as left by
 * a killed run and replaced.
 */
public final class RunLock implements AutoCloseable {
  static final Duration STALE_AFTER = Duration.ofHours(12);
  private static final String NAME = ".nightly.lock";

  private final FileChannel channel;
  private final FileLock lock;
  private final org.apache.hadoop.fs.Path remote;
  private final FileSystem fs;
  private boolean closed;

  private RunLock(FileChannel channel, FileLock lock, org.apache.hadoop.fs.Path remote, FileSystem fs) {
    this.channel = channel;
    this.lock = lock;
    this.remote = remote;
    this.fs = fs;
  }

  /** Whether the lake is on a local file system, where the lock needs no Hadoop (nor Spark) settings. */
  public static boolean isLocal(String lakeRoot) {
    String scheme = uri(lakeRoot).getScheme();
    return scheme == null || scheme.equals("file");
  }

  /**
   * The lock, or empty when another run holds it.
   *
   * @param conf the Hadoop settings for a lake on object storage; not read for a local lake
   */
  public static Optional<RunLock> tryAcquire(String lakeRoot, Configuration conf) throws IOException {
    if (isLocal(lakeRoot)) {
      URI uri = uri(lakeRoot);
      Path dir = uri.getScheme() == null ? Path.of(lakeRoot) : Path.of(uri);
      Files.createDirectories(dir);
      FileChannel ch = FileChannel.open(dir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        ch.close();
        return Optional.empty();
      }
      ch.truncate(0);
      ch.write(java.nio.ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)));
      return Optional.of(new RunLock(ch, l, null, null));
    }
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(lakeRoot, NAME);
    FileSystem fs = path.getFileSystem(conf);
    if (fs.exists(path)) {
      long age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
      if (age < STALE_AFTER.toMillis()) {
        return Optional.empty();
      }
      fs.delete(path, false);
    }
    try (FSDataOutputStream out = fs.create(path, false)) {
      out.write(holder().getBytes(StandardCharsets.UTF_8));
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return Optional.empty();
    }
    return Optional.of(new RunLock(null, null, path, fs));
  }

  private static URI uri(String lakeRoot) {
    return URI.create(lakeRoot.replace(" ", "%20"));
  }

  private static String holder() {
    return ManagementFactory.getRuntimeMXBean().getName() + " since " + Instant.now() + "\n";
  }

  /** Releases the lock; a second call does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (lock != null) {
      lock.release();
      channel.close();
    }
    if (remote != null) {
      fs.delete(remote, false);
    }
  }
}
