package uk.steppingstones.nightly;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import uk.steppingstones.common.Checkpoint;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.Parallel;
import uk.steppingstones.common.Progress;
import uk.steppingstones.common.Runs;
import uk.steppingstones.common.SparkSessions;
import uk.steppingstones.conformed.ConformedStage;
import uk.steppingstones.conformed.ConformedTables;
import uk.steppingstones.conformed.PersonMerges;
import uk.steppingstones.conformed.form.FormAnswers;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.conformed.form.FormTables;
import uk.steppingstones.export.PowerBiExport;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.Datasets;
import uk.steppingstones.raw.RawStage;
import uk.steppingstones.report.ReportInputs;
import uk.steppingstones.report.ReportStage;
import uk.steppingstones.report.ReportTable;
import uk.steppingstones.report.ReportTables;

/**
 * The nightly run: landing -> raw -> conformed -> report -> export. Exit status (outputs.md):
 * 0 done; 2 done, but a file was rejected whole; 3 another run holds the lake; 1 failed, and
 * then every table and export file this run touched is put back as it was.
 */
public final class NightlyJob {
  public static final int DONE = 0, FAILED = 1, DONE_WITH_REJECTED_FILES = 2, LOCKED = 3;
  /** Tables written at once: enough to overlap one table's commit with another's Spark work. */
  private static final int THREADS = Integer.getInteger("steppingstones.threads", 4);

  private final SparkSession spark;
  private final NightlyOptions options;
  private final List<ReportTable> reportTables;

  public NightlyJob(SparkSession spark, NightlyOptions options, List<ReportTable> reportTables) {
    this.spark = spark;
    this.options = options;
    this.reportTables = reportTables;
  }

  public static void main(String[] args) {
    System.exit(command(args, System.getenv()));
  }

  /**
   * The nightly command: whatever happens, its last line on stdout is {@link RunSummary#line}.
   * On a local lake the run lock is taken before Spark starts, so a run that finds the lake held
   * exits 3 at once, having started nothing and written nothing. On object storage the lock needs
   * the Hadoop settings of the Spark session, so Spark starts first.
   *
   * @return the exit status
   */
  static int command(String[] args, Map<String, String> env) {
    return command(args, env, ReportTables.ALL);
  }

  /** {@link #command(String[], Map)} building only the given report tables (tests that must be quick). */
  static int command(String[] args, Map<String, String> env, List<ReportTable> reportTables) {
    Instant started = Instant.now();
    String runId = newRunId(started);
    NightlyOptions options;
    try {
      options = NightlyOptions.parse(args, env);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return finish(RunRecord.nothingDone(runId, started, RunRecord.REFUSED, FAILED, e.getMessage()));
    }
    try {
      return finish(lockThenRun(options, reportTables, runId, started));
    } catch (Throwable e) {
      // What the night does not catch itself, e.g. Spark would not start or the lock could not be
      // taken: still exit 1, and still the summary line.
      Progress.warn("run failed: " + e);
      e.printStackTrace();
      return finish(RunRecord.nothingDone(runId, started, RunRecord.FAILED, FAILED, String.valueOf(e)));
    }
  }

  private static int finish(RunRecord record) {
    System.out.println(RunSummary.line(record));
    System.out.flush();
    return record.exitCode();
  }

  private static RunRecord lockThenRun(NightlyOptions options, List<ReportTable> reportTables, String runId,
      Instant started) throws java.io.IOException {
    RunLock early = null;
    if (RunLock.isLocal(options.lake())) {
      Optional<RunLock> lock = RunLock.tryAcquire(options.lake(), null);
      if (lock.isEmpty()) {
        return locked(options.lake(), runId, started);
      }
      early = lock.get();
    }
    try (RunLock held = early) {
      SparkSession spark = SparkSessions.forJob("stepping-stones-nightly");
      try {
        NightlyJob job = new NightlyJob(spark, options, reportTables);
        return held == null ? job.run(runId, started) : job.runHolding(held, runId, started);
      } finally {
        spark.stop();
      }
    }
  }

  /** Runs the night and returns its record (also written to ops/run_record, when the lake was ours). */
  public RunRecord run() {
    Instant started = Instant.now();
    return run(newRunId(started), started);
  }

  private RunRecord run(String runId, Instant started) {
    Optional<RunLock> lock;
    try {
      lock = RunLock.tryAcquire(options.lake(), spark.sparkContext().hadoopConfiguration());
    } catch (Exception e) {
      throw new IllegalStateException("cannot take the run lock on " + options.lake() + ": " + e.getMessage(), e);
    }
    if (lock.isEmpty()) {
      return locked(options.lake(), runId, started);
    }
    return runHolding(lock.get(), runId, started);
  }

  /** A locked-out run writes nothing, not even a run record: the lake belongs to the other run. */
  private static RunRecord locked(String lake, String runId, Instant started) {
    String msg = "another run holds the lake " + lake + "; nothing was done";
    System.out.println(msg);
    return RunRecord.nothingDone(runId, started, RunRecord.LOCKED, LOCKED, msg);
  }

  private RunRecord runHolding(RunLock lock, String runId, Instant started) {
    RunRecord record;
    try {
      record = runLocked(runId, started);
    } finally {
      release(lock);
    }
    System.out.println(RunSummary.format(record));
    return record;
  }

  /** A lock that cannot be released must not turn a finished night into a failed one. */
  private static void release(RunLock lock) {
    try {
      lock.close();
    } catch (java.io.IOException e) {
      Progress.warn("could not release the run lock; the next run may find the lake held: " + e);
    }
  }

  private static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private RunRecord runLocked(String runId, Instant started) {
    Lake lake = new Lake(spark, options.lake());
    DeltaWriter writer = new DeltaWriter(lake);
    ConformedStage conformed = new ConformedStage(writer);
    Timestamp at = Timestamp.from(started);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    PowerBiExport export = null;
    List<FileOutcome> outcomes = new ArrayList<>();
    List<DatasetIngest.ReasonCount> reasons = new ArrayList<>();
    List<DatasetIngest.ReasonCount> quality = new ArrayList<>();
    List<String> cycles = new ArrayList<>();
    LocalDate asOf = null;
    // Every commit of the run names it (DESCRIBE HISTORY's userMetadata): tables whose rows name
    // their run tell from their log whether a run that did not succeed left rows (Runs).
    spark.conf().set(Runs.COMMIT_LABEL, runId);
    try {
      // Spark's export writes are staged in the lake: on a cluster the executors write them, and
      // the export folder is on the driver's disk (or a share only the driver mounts).
      export = new PowerBiExport(spark, options.export(), lake.staging("export-" + runId), runId);
      // A run killed outright leaves no run record; what it left half done is made good here.
      List<String> unfinishedExport = export.removeUnfinished();
      if (!unfinishedExport.isEmpty()) {
        Progress.warn("export: removed " + unfinishedExport + ", left by a run stopped while writing the export;"
            + " the report and export are rebuilt");
      }
      List<String> unfinishedStaging = lake.removeStaging();
      if (!unfinishedStaging.isEmpty()) {
        Progress.warn("lake: removed " + unfinishedStaging + ", scratch folders of runs stopped before their end");
      }
      IngestLedger ledger = new IngestLedger(lake);
      RunRecord.Succeeded succeeded = RunRecord.succeeded(lake);
      Runs runs = new Runs(runId, succeeded.runIds());
      List<String> unfinishedRuns = ledger.forgetUnfinished(writer, runs);
      if (!unfinishedRuns.isEmpty()) {
        Progress.warn("ingest ledger: forgot the entries of " + unfinishedRuns
            + ", which never recorded its end; their files are taken again");
      }
      List<IngestLedger.Entry> entries = ledger.entries();
      RunRecord.Previous previous = succeeded.last();
      NightPlan plan = NightPlan.of(options.landing(), spark.sparkContext().hadoopConfiguration(), entries);
      outcomes.addAll(plan.outcomes);
      Progress.note(String.format("run %s: %d files to ingest, %d other files", runId,
          plan.accepted.values().stream().mapToInt(List::size).sum(), plan.outcomes.size()));

      RawStage raw = new RawStage(writer, runs);
      List<DatasetIngest.Result> results =
          ingest(plan, new DatasetIngest(lake, raw, conformed, runId, at), conformed, cycles, pool);
      Map<String, String> ingestedFiles = new TreeMap<>();
      Dataset<Row> quarantine = null;
      for (DatasetIngest.Result r : results) {
        outcomes.addAll(r.files());
        reasons.addAll(r.quarantineReasons());
        quality.addAll(r.dataQuality());
        r.files().forEach(f -> ingestedFiles.put(f.file(), f.checksum()));
        if (r.quarantine() != null) {
          quarantine = quarantine == null ? r.quarantine() : quarantine.unionByName(r.quarantine());
        }
      }
      if (quarantine != null) {
        Dataset<Row> q = quarantine;
        Progress.step("raw", RawStage.QUARANTINE, () -> {
          raw.writeQuarantine(lake.ops(RawStage.QUARANTINE), q, ingestedFiles);
          return reasons.stream().mapToLong(DatasetIngest.ReasonCount::rows).sum();
        });
      }
      results.forEach(DatasetIngest.Result::release);

      rebuildFormTables(lake, conformed, previous, pool).ifPresent(quality::add);

      List<IngestLedger.Entry> all = new ArrayList<>(entries);
      outcomes.stream().filter(o -> o.outcome().equals(FileOutcome.INGESTED))
          .forEach(o -> all.add(new IngestLedger.Entry(o.file(), o.checksum(), o.outcome(), o.extractDate())));
      asOf = options.asOf().or(() -> IngestLedger.latestIngested(all)).orElse(null);

      Map<String, Long> versions = versions(lake, ConformedTables.names(), lake::conformed);
      String fingerprint = fingerprint(versions, asOf, deliveries(entries, outcomes));
      boolean rejectedTonight = outcomes.stream().anyMatch(FileOutcome::isRejected);
      // Tonight as the data-quality tables see it; the run record itself is written after the report.
      RunRecord tonight = new RunRecord(runId, at, at, asOf, RunRecord.SUCCEEDED,
          rejectedTonight ? DONE_WITH_REJECTED_FILES : DONE, "in progress", outcomes, reasons, quality, cycles,
          Map.of(), null);
      if (asOf == null) {
        Progress.note("no data has been ingested yet: no report to build");
      } else if (!fingerprint.equals(previous.reportFingerprint()) || !reportComplete(lake, export)
          || !unfinishedExport.isEmpty()) {
        buildReport(lake, writer, conformed, export, asOf, pool, tonight);
      } else {
        Progress.note("report: inputs unchanged since the last run, tables and export kept");
      }
      // Logged like every other write, so the log shows how far a run got (e.g. one killed outright).
      Progress.step("ops", "ingest_ledger", () -> ledger.record(writer, outcomes, runId, at));
      versions.putAll(versions(lake, ReportStage.tableNames(reportTables), lake::report));
      boolean rejected = outcomes.stream().anyMatch(FileOutcome::isRejected);
      RunRecord record = new RunRecord(runId, at, Timestamp.from(Instant.now()), asOf, RunRecord.SUCCEEDED,
          rejected ? DONE_WITH_REJECTED_FILES : DONE,
          rejected ? "done, but at least one file was rejected whole" : "done",
          outcomes, reasons, quality, cycles, versions, fingerprint);
      Progress.step("ops", "run_record", () -> {
        writer.append(spark.createDataFrame(List.of(record.toRow()), RunRecord.SCHEMA), RunRecord.path(lake),
            RunRecord.DOC);
        return 1L;
      });
      export.commit();
      return record;
    } catch (Throwable e) {
      Progress.warn("run failed: " + e);
      e.printStackTrace();
      writer.rollback();
      if (export != null) {
        export.rollback();
      }
      RunRecord failed = new RunRecord(runId, at, Timestamp.from(Instant.now()), asOf, RunRecord.FAILED, FAILED,
          "failed, every table and export file left as before the run: " + e, outcomes, reasons, quality, cycles,
          Map.of(), null);
      try {
        new DeltaWriter(lake).append(spark.createDataFrame(List.of(failed.toRow()), RunRecord.SCHEMA),
            RunRecord.path(lake), RunRecord.DOC);
      } catch (RuntimeException ignored) {
        Progress.warn("could not record the failed run: " + ignored);
      }
      return failed;
    } finally {
      pool.shutdownNow();
      conformed.release();
      spark.conf().unset(Runs.COMMIT_LABEL);
    }
  }

  /**
   * Landing -> raw -> conformed for every dataset with files tonight, several at once. People come
   * first, because every other dataset is pointed at the surviving person of a merge; datasets
   * that name no person need not wait for them.
   */
  private List<DatasetIngest.Result> ingest(NightPlan plan, DatasetIngest ingest, ConformedStage conformed,
      List<String> cycles, ExecutorService pool) throws Exception {
    List<DatasetIngest.Result> results = new ArrayList<>();
    DatasetContract person = Datasets.get("person");
    Dataset<Row> survivors = conformed.survivorMap().cache();
    Dataset<Row> changes = null;
    List<Dataset<Row>> cached = new ArrayList<>(List.of(survivors));
    List<Future<DatasetIngest.Result>> running = new ArrayList<>();
    try {
      for (DatasetContract d : Datasets.ALL) {
        if (d != person && !d.hasPerson()) {
          List<NightPlan.Accepted> files = plan.accepted.getOrDefault(d, List.of());
          running.add(pool.submit(() -> ingest.run(d, files, null, null)));
        }
      }
      List<NightPlan.Accepted> personFiles = plan.accepted.getOrDefault(person, List.of());
      if (!personFiles.isEmpty()) {
        results.add(ingest.run(person, personFiles, null, null));
        PersonMerges.Resolution resolution = PersonMerges.resolve(conformed.current("person"));
        cycles.addAll(resolution.cycles());
        Dataset<Row> newSurvivors = PersonMerges.asFrame(spark, resolution.survivors()).cache();
        changes = PersonMerges.changes(survivors, newSurvivors).cache();
        cached.add(newSurvivors);
        cached.add(changes);
        changes = changes.isEmpty() ? null : changes;
        survivors = newSurvivors;
      }
      for (DatasetContract d : Datasets.ALL) {
        if (d.hasPerson()) {
          Dataset<Row> s = survivors, c = changes;
          List<NightPlan.Accepted> files = plan.accepted.getOrDefault(d, List.of());
          running.add(pool.submit(() -> ingest.run(d, files, s, c)));
        }
      }
      results.addAll(Parallel.all(running));
      if (changes != null) {
        // Saved only once every table is re-pointed: a run killed before this re-points again.
        conformed.saveSurvivorMap(survivors);
      }
    } finally {
      // On a failure too: nothing may still write when the run rolls back.
      Parallel.settle(running);
      cached.forEach(Dataset::unpersist);
    }
    return results;
  }

  /**
   * Typed form tables are rebuilt when the form headers or answers changed since the last run.
   *
   * @return then, the count of current answers to questions no form table knows (kept in raw only)
   */
  private Optional<DatasetIngest.ReasonCount> rebuildFormTables(Lake lake, ConformedStage conformed,
      RunRecord.Previous previous, ExecutorService pool) throws Exception {
    boolean changed = false;
    for (String source : List.of("lcs_form", "lcs_form_answer")) {
      changed |= lake.version(lake.conformed(source)) != previous.tableVersions().getOrDefault(source, -2L);
    }
    for (FormTable f : FormTables.ALL) {
      changed |= !lake.exists(lake.conformed(f.name()));
    }
    if (!changed) {
      return Optional.empty();
    }
    // Kept as tonight's merge wrote it, else read once for the three builds.
    Dataset<Row> forms = conformed.kept("lcs_form") ? conformed.current("lcs_form") : conformed.current("lcs_form").cache();
    Dataset<Row> answers = FormAnswers.winning(conformed.current("lcs_form_answer")).cache();
    List<Future<Long>> builds = new ArrayList<>();
    for (FormTable f : FormTables.ALL) {
      builds.add(pool.submit(() -> conformed.rebuild(f, forms, answers)));
    }
    long unknown;
    try {
      Parallel.all(builds);
      unknown = answers.filter(org.apache.spark.sql.functions.not(FormTables.isKnownQuestion(
          org.apache.spark.sql.functions.col("question")))).count();
    } finally {
      forms.unpersist();
      answers.unpersist();
    }
    return unknown == 0 ? Optional.empty() : Optional.of(new DatasetIngest.ReasonCount(
        "lcs_form_answer", "QuestionCode", "unknown question code (in raw only)", unknown));
  }

  private void buildReport(Lake lake, DeltaWriter writer, ConformedStage conformed, PowerBiExport export,
      LocalDate asOf, ExecutorService pool, RunRecord tonight) throws Exception {
    Map<String, Dataset<Row>> current = new HashMap<>();
    ReportInputs inputs = new ReportInputs(
        name -> {
          synchronized (current) {
            // Tables written tonight are already kept; the others are read once and kept.
            return current.computeIfAbsent(name,
                n -> conformed.kept(n) ? conformed.current(n) : Checkpoint.shared(conformed.current(n)));
          }
        },
        asOf, new ChildKey(options.pseudonymKey())).withOps(opsTables(lake, tonight));
    try {
      new ReportStage(writer, export::write).build(reportTables, inputs, pool);
      // Last, once every file is in place: a reader that sees this manifest finds the files it describes.
      export.writeManifest(asOf);
    } finally {
      inputs.release();
      current.values().forEach(Checkpoint::free);
    }
  }

  /** The lake's ops tables for the data-quality report tables, tonight's run record included. */
  private java.util.function.Function<String, Optional<Dataset<Row>>> opsTables(Lake lake, RunRecord tonight) {
    return name -> {
      String path = lake.ops(name);
      Optional<Dataset<Row>> table = lake.exists(path) ? Optional.of(lake.readCurrent(path)) : Optional.empty();
      if (!name.equals("run_record")) {
        return table;
      }
      Dataset<Row> row = spark.createDataFrame(List.of(tonight.toRow()), RunRecord.SCHEMA);
      return Optional.of(table.map(t -> t.unionByName(row)).orElse(row));
    };
  }

  /**
   * What the data-quality report tables read of the nights: the files delivered so far (ingested
   * or rejected: the ledger and tonight's) and the unrecognised names in landing. A night that
   * skips every file changes neither, so the report is kept.
   */
  private static String deliveries(List<IngestLedger.Entry> entries, List<FileOutcome> outcomes) {
    long delivered = entries.size() + outcomes.stream()
        .filter(o -> o.outcome().equals(FileOutcome.INGESTED) || o.outcome().equals(FileOutcome.REJECTED)).count();
    java.util.SortedSet<String> unrecognised = new java.util.TreeSet<>();
    outcomes.stream().filter(o -> o.outcome().equals(FileOutcome.UNRECOGNISED)).forEach(o -> unrecognised.add(o.file()));
    return delivered + " " + unrecognised;
  }

  private boolean reportComplete(Lake lake, PowerBiExport export) {
    return java.nio.file.Files.exists(export.manifest()) && ReportStage.tableNames(reportTables).stream().allMatch(t ->
        lake.exists(lake.report(t)) && java.nio.file.Files.exists(export.file(t)));
  }

  private static Map<String, Long> versions(Lake lake, List<String> tables, java.util.function.Function<String, String> path) {
    Map<String, Long> v = new TreeMap<>();
    tables.forEach(t -> v.put(t, lake.version(path.apply(t))));
    return v;
  }

  /**
   * What the report is computed from: conformed versions, A, the nights' deliveries (for the
   * data-quality tables), the code, and the key (hashed).
   */
  private String fingerprint(Map<String, Long> versions, LocalDate asOf, String deliveries) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(versions.toString().getBytes(StandardCharsets.UTF_8));
      sha.update(deliveries.getBytes(StandardCharsets.UTF_8));
      sha.update(String.valueOf(asOf).getBytes(StandardCharsets.UTF_8));
      sha.update(CodeFingerprint.of().getBytes(StandardCharsets.UTF_8));
      sha.update(new ChildKey(options.pseudonymKey()).of("key-check").getBytes(StandardCharsets.UTF_8));
      reportTables.forEach(t -> sha.update(t.name().getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
