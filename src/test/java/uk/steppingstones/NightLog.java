package uk.steppingstones;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.OutputStreamAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Keeps a copy of what a night run in the test JVM prints, as the nightly job prints it: stdout
 * (the run summary), and the log at the job's levels (its progress at INFO, everything else at
 * WARN, as log4j2-nightly.properties sets them; the tests' own log stays at WARN). For tests that
 * read what was printed, such as the test that no name leaks.
 */
public final class NightLog implements AutoCloseable {
  private final PrintStream stdout;
  private final FileOutputStream file;
  private final Appender appender;
  private final LoggerConfig progress;

  private NightLog(PrintStream stdout, FileOutputStream file, Appender appender, LoggerConfig progress) {
    this.stdout = stdout;
    this.file = file;
    this.appender = appender;
    this.progress = progress;
  }

  public static NightLog to(Path path) throws IOException {
    FileOutputStream file = new FileOutputStream(path.toFile());
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    Appender appender = OutputStreamAppender.newBuilder().setName("night-log").setTarget(file)
        .setLayout(PatternLayout.newBuilder().withPattern("%d{HH:mm:ss} %-5p %m%n").withConfiguration(config).build())
        .build();
    appender.start();
    config.addAppender(appender);
    config.getRootLogger().addAppender(appender, Level.WARN, null);
    // The job's progress lines, at INFO, to the copy only: the test console keeps its WARN.
    LoggerConfig progress = new LoggerConfig("steppingstones", Level.INFO, false);
    progress.addAppender(appender, Level.INFO, null);
    for (var root : config.getRootLogger().getAppenders().values()) {
      if (root != appender) {
        progress.addAppender(root, Level.WARN, null);
      }
    }
    config.addLogger("steppingstones", progress);
    context.updateLoggers();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(new Tee(stdout, file), true, StandardCharsets.UTF_8));
    return new NightLog(stdout, file, appender, progress);
  }

  @Override
  public void close() throws IOException {
    System.out.flush();
    System.setOut(stdout);
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    config.removeLogger(progress.getName());
    config.getRootLogger().removeAppender(appender.getName());
    context.updateLoggers();
    appender.stop();
    file.close();
  }

  /** Writes to both streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a, b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      synchronized (b) {
        b.write(c);
      }
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      synchronized (b) {
        b.write(buf, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
