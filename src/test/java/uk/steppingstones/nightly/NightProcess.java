package uk.steppingstones.nightly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The nightly command started as its own JVM, as the scheduler starts it: this test JVM's class
 * path and Spark's --add-opens list (as jobs/lib.sh and surefire use), the job's own log settings
 * (progress lines on stderr). stdout goes to a file. stderr is read line by line as it is written
 * and copied to a file, so a test can kill the run with SIGKILL ({@link Process#destroyForcibly()}
 * on Linux) the moment a given progress line appears: kill points follow the run's own progress,
 * not the clock.
 */
final class NightProcess {
  /** Far beyond a small night on a busy two-core machine; only there so a hung JVM cannot hang the build. */
  private static final long TIMEOUT_MINUTES = 15;
  /** The exit status of a process ended by SIGKILL (128 + 9). */
  static final int KILLED = 137;

  final String name;
  final Path stdout, stderr;
  private final Process process;
  private final CompletableFuture<Long> exitedAtNanos;
  private final Thread logCopy;
  private volatile String killedAt;

  private NightProcess(String name, Process process, Path stdout, Path stderr, Predicate<String> killWhen) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.exitedAtNanos = process.onExit().thenApply(p -> System.nanoTime());
    this.logCopy = new Thread(() -> copyLog(killWhen), name + "-stderr");
    logCopy.setDaemon(true);
    logCopy.start();
  }

  /** Starts the nightly job, to run to its end. */
  static NightProcess start(String name, Path dir, Map<String, String> env, String... args) throws IOException {
    return start(name, NightlyJob.class, dir, env, line -> false, args);
  }

  /**
   * Starts {@code main} (the nightly job, or a test's variant of its command), to be killed with
   * SIGKILL on the first stderr line {@code killWhen} accepts.
   *
   * @param dir where its stdout and stderr files go, and its working folder
   */
  static NightProcess start(String name, Class<?> main, Path dir, Map<String, String> env, Predicate<String> killWhen,
      String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (int i = 0; i < jvm.size(); i++) {
      if (jvm.get(i).startsWith("--add-opens=")) {
        cmd.add(jvm.get(i));
      } else if (jvm.get(i).equals("--add-opens") && i + 1 < jvm.size()) {
        cmd.add("--add-opens=" + jvm.get(++i));
      }
    }
    assertTrue(cmd.size() > 1, "the test JVM has no --add-opens options to pass on (run it through Maven)");
    // The code cache as jobs/lib.sh sizes it: C1's default 48 MB fills during a night's report.
    cmd.addAll(List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=256m",
        "-Dspark.ui.enabled=false",
        "-Dlog4j2.configurationFile=log4j2-nightly.properties", "-cp", System.getProperty("java.class.path"),
        main.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve(name + ".out"), err = dir.resolve(name + ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile());
    pb.environment().remove("SS_PSEUDONYM_KEY");
    pb.environment().putAll(env);
    return new NightProcess(name, pb.start(), out, err, killWhen);
  }

  private void copyLog(Predicate<String> killWhen) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        Writer copy = Files.newBufferedWriter(stderr, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        copy.write(line);
        copy.write('\n');
        if (killedAt == null && killWhen.test(line)) {
          process.destroyForcibly();
          killedAt = line;
          copy.write("---- killed (SIGKILL) on the line above ----\n");
        }
        copy.flush();
      }
    } catch (IOException e) {
      // The pipe closes when the process dies: nothing more to copy.
    }
  }

  /** Waits for the process to end (and its log to be copied); returns its exit status. */
  int awaitExit() throws Exception {
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(name + " did not end within " + TIMEOUT_MINUTES + " minutes\n" + log());
    }
    logCopy.join(TimeUnit.MINUTES.toMillis(1));
    return process.exitValue();
  }

  /** When the process ended ({@link System#nanoTime()}), to order the ends of several. */
  CompletableFuture<Long> exitedAtNanos() {
    return exitedAtNanos;
  }

  /** The progress line it was killed on, or null when it was not killed. */
  String killedAt() {
    return killedAt;
  }

  List<String> stdoutLines() throws IOException {
    return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }

  /** The summary line as key -> value, after checking it is the last line on stdout. */
  Map<String, String> summary() throws IOException {
    List<String> lines = stdoutLines();
    assertFalse(lines.isEmpty(), name + " printed nothing on stdout\n" + log());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.startsWith(RunSummary.LINE_PREFIX + " "), name + ": last stdout line is not the summary line: "
        + last + "\n" + log());
    Map<String, String> values = new LinkedHashMap<>();
    for (String word : last.substring(RunSummary.LINE_PREFIX.length() + 1).split(" ")) {
      String[] kv = word.split("=", 2);
      values.put(kv[0], kv[1]);
    }
    return values;
  }

  String log() throws IOException {
    return "--- " + name + " stdout:\n" + read(stdout) + "--- " + name + " stderr:\n" + read(stderr);
  }

  private static String read(Path p) throws IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
  }
}
