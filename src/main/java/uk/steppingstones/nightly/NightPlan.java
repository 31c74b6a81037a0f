package uk.steppingstones.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import uk.steppingstones.landing.DatasetContract;
import uk.steppingstones.landing.FileInspection;
import uk.steppingstones.landing.HeaderMapping;
import uk.steppingstones.landing.LandingFile;
import uk.steppingstones.landing.RecordLayout;

/**
 * What a night will do with each file in the landing folder, decided before Spark reads any
 * row: files in extract order; a file already ingested with the same checksum is skipped; a file
 * with a known name and new content is a correction (its revision ranks it after the original);
 * a file that is not UTF-8 text, has no header, names a column twice, lacks a required column or
 * holds a record no parser can hold is rejected whole; so is a file that cannot be read at all
 * (a broken link, a pipe, no permission), which has no checksum and so is not entered in the
 * ledger: it is rejected again every night until it can be read. A folder named like a landing
 * file, and any other file, is reported as unrecognised.
 */
final class NightPlan {
  /** A file whose records will be read tonight. */
  record Accepted(LandingFile file, HeaderMapping header, RecordLayout layout, FileOutcome outcome) {}

  final List<FileOutcome> outcomes = new ArrayList<>();
  final Map<DatasetContract, List<Accepted>> accepted = new LinkedHashMap<>();

  static NightPlan of(String landingDir, Configuration conf, List<IngestLedger.Entry> ledger) throws IOException {
    NightPlan plan = new NightPlan();
    Path dir = new Path(landingDir);
    FileSystem fs = dir.getFileSystem(conf);
    if (!fs.exists(dir)) {
      throw new IOException("the landing folder " + landingDir + " does not exist");
    }
    List<LandingFile> files = new ArrayList<>();
    FileStatus[] listing = fs.listStatus(dir);
    java.util.Arrays.sort(listing, Comparator.comparing(s -> s.getPath().getName()));
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (FileStatus s : listing) {
      String name = s.getPath().getName();
      listed.add(name);
      if (name.startsWith(".")) {
        continue;
      }
      Optional<LandingFile> recognised = LandingFile.recognise(s.getPath().toString(), name);
      if (s.isDirectory()) {
        // Other folders (an archive, say) are the site's own; one named like a landing file is a mistake to see.
        recognised.ifPresent(f -> plan.outcomes.add(unrecognised(name, 0, "a folder, not a file: left alone")));
        continue;
      }
      recognised.ifPresentOrElse(files::add,
          () -> plan.outcomes.add(unrecognised(name, s.getLen(), "not a dataset of the landing contract: left alone")));
    }
    for (String name : LocalLanding.unlisted(dir, listed)) {
      LandingFile.recognise(new Path(dir, name).toString(), name).ifPresent(files::add);
    }
    files.sort(null);
    for (LandingFile f : files) {
      FileInspection inspection;
      try {
        LocalLanding.checkReadable(f.path());
        try (InputStream in = fs.open(new Path(f.path()))) {
          inspection = FileInspection.of(in);
        }
      } catch (IOException | RuntimeException e) {
        plan.outcomes.add(cannotRead(f, e));
        continue;
      }
      String checksum = inspection.checksum();
      List<IngestLedger.Entry> earlier = ledger.stream().filter(e -> e.fileName().equals(f.name())).toList();
      var same = earlier.stream().filter(e -> e.checksum().equals(checksum)).findFirst();
      int revision = (int) earlier.stream().map(IngestLedger.Entry::checksum).distinct().count();
      long dataLines = Math.max(0, inspection.physicalLines() - 1);
      if (same.isPresent()) {
        boolean wasRejected = same.get().outcome().equals(FileOutcome.REJECTED);
        plan.outcomes.add(new FileOutcome(f.name(), f.dataset().name(), f.extractDate(), f.sameDayNumber(), revision,
            f.rank(revision), checksum, inspection.sizeBytes(), 0, 0, 0, 0,
            wasRejected ? FileOutcome.STILL_REJECTED : FileOutcome.SKIPPED,
            wasRejected ? "rejected in an earlier run with this same content; replace the file to load it" : "already ingested"));
        continue;
      }
      // Where the records sit is needed only for a file read tonight: not for the files of earlier
      // nights a landing folder keeps, skipped above on their checksum alone.
      RecordLayout layout = RecordLayout.PLAIN;
      if (inspection.problem() == null) {
        try (InputStream in = fs.open(new Path(f.path()))) {
          layout = RecordLayout.of(in, inspection.physicalLines(), inspection.header().size());
        } catch (IOException | RuntimeException e) {
          plan.outcomes.add(cannotRead(f, e));
          continue;
        }
      }
      String rejection = inspection.problem();
      HeaderMapping header = null;
      if (rejection == null) {
        header = HeaderMapping.of(f.dataset(), inspection.header());
        rejection = header.rejection();
      }
      if (rejection == null) {
        rejection = layout.problem();
      }
      FileOutcome outcome = new FileOutcome(f.name(), f.dataset().name(), f.extractDate(), f.sameDayNumber(), revision,
          f.rank(revision), checksum, inspection.sizeBytes(), 0, 0, 0, 0,
          rejection == null ? FileOutcome.INGESTED : FileOutcome.REJECTED,
          rejection == null ? null : f.name() + ": " + rejection);
      if (rejection != null) {
        plan.outcomes.add(outcome.withCounts(dataLines, 0, 0, 0));
      } else {
        plan.accepted.computeIfAbsent(f.dataset(), d -> new ArrayList<>()).add(new Accepted(f, header, layout, outcome));
      }
    }
    return plan;
  }

  /** A file that could not be read has no checksum: not entered in the ledger, so it is tried every night. */
  private static FileOutcome cannotRead(LandingFile f, Exception e) {
    return new FileOutcome(f.name(), f.dataset().name(), f.extractDate(), f.sameDayNumber(), 0, f.rank(0), null, 0,
        0, 0, 0, 0, FileOutcome.REJECTED,
        f.name() + ": cannot be read (" + LocalLanding.why(e) + "); it is tried again every night");
  }

  private static FileOutcome unrecognised(String name, long size, String why) {
    return new FileOutcome(name, null, null, 0, 0, 0, null, size, 0, 0, 0, 0, FileOutcome.UNRECOGNISED, why);
  }
}
