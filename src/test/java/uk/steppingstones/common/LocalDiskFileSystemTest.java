package uk.steppingstones.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.steppingstones.SparkTest;

/** The local file system without child processes gives Hadoop's own answers, and the session uses it. */
class LocalDiskFileSystemTest extends SparkTest {
  @TempDir java.nio.file.Path dir;

  private Configuration conf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  @Test
  void theSessionUsesItForLocalPathsThroughBothHadoopApis() throws Exception {
    Path p = new Path(dir.toUri());
    assertInstanceOf(LocalDiskFileSystem.class, p.getFileSystem(conf()));
    FileContext fc = FileContext.getFileContext(p.toUri(), conf());
    Path a = new Path(p, "a.json");
    try (var out = fc.create(a, java.util.EnumSet.of(org.apache.hadoop.fs.CreateFlag.CREATE))) {
      out.write(1);
    }
    Path b = new Path(p, "b.json");
    fc.rename(a, b, Options.Rename.NONE);
    assertFalse(Files.exists(dir.resolve("a.json")));
    assertEquals(1, Files.size(dir.resolve("b.json")));
    // Delta's commit relies on a rename that refuses to replace a file.
    Path c = new Path(p, "c.json");
    try (var out = fc.create(c, java.util.EnumSet.of(org.apache.hadoop.fs.CreateFlag.CREATE))) {
      out.write(2);
    }
    assertThrows(FileAlreadyExistsException.class, () -> fc.rename(c, b, Options.Rename.NONE));
    assertEquals(1, Files.size(dir.resolve("b.json")));
  }

  @Test
  void setsTheSameModesAsHadoop() throws Exception {
    RawLocalFileSystem hadoop = new RawLocalFileSystem();
    hadoop.initialize(java.net.URI.create("file:///"), new Configuration());
    LocalDiskFileSystem.Raw ours = new LocalDiskFileSystem.Raw();
    ours.initialize(java.net.URI.create("file:///"), new Configuration());
    for (short mode : new short[] {0644, 0755, 0600, 0700, 0640, 0751, 0000, 0777, 0421}) {
      java.nio.file.Path x = Files.createFile(dir.resolve("x" + mode));
      java.nio.file.Path y = Files.createFile(dir.resolve("y" + mode));
      hadoop.setPermission(new Path(x.toUri()), new FsPermission(mode));
      ours.setPermission(new Path(y.toUri()), new FsPermission(mode));
      assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(x)),
          PosixFilePermissions.toString(Files.getPosixFilePermissions(y)), "mode " + Integer.toOctalString(mode));
    }
    // Through the file system a write uses: created files and folders get the default modes less the umask.
    FileSystem fs = new Path(dir.toUri()).getFileSystem(conf());
    Path folder = new Path(new Path(dir.toUri()), "made/deeper");
    assertTrue(fs.mkdirs(folder, new FsPermission((short) 0750)));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("made/deeper"))));
    fs.create(new Path(folder, "f"), new FsPermission((short) 0640), false, 4096, (short) 1, 1 << 20, null).close();
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("made/deeper/f"))));
  }

  @Test
  void answersLinkStatusAsHadoop() throws Exception {
    java.nio.file.Path target = Files.writeString(dir.resolve("target"), "x");
    java.nio.file.Path link = Files.createSymbolicLink(dir.resolve("link"), target);
    RawLocalFileSystem hadoop = new RawLocalFileSystem();
    hadoop.initialize(java.net.URI.create("file:///"), new Configuration());
    LocalDiskFileSystem.Raw ours = new LocalDiskFileSystem.Raw();
    ours.initialize(java.net.URI.create("file:///"), new Configuration());
    for (Path p : List.of(new Path(target.toString()), new Path(link.toString()), new Path(link.toUri()),
        new Path(target.toUri()))) {
      FileStatus h = hadoop.getFileLinkStatus(p);
      FileStatus o = ours.getFileLinkStatus(p);
      assertEquals(h.isSymlink(), o.isSymlink(), p.toString());
      assertEquals(h.isFile(), o.isFile(), p.toString());
      assertEquals(h.getLen(), o.getLen(), p.toString());
      assertEquals(h.getPath(), o.getPath(), p.toString());
    }
    assertTrue(ours.getFileLinkStatus(new Path(link.toString())).isSymlink());
    assertThrows(java.io.FileNotFoundException.class, () -> ours.getFileLinkStatus(new Path(dir.resolve("none").toUri())));
  }
}
