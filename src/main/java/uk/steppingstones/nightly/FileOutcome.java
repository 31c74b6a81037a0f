package uk.steppingstones.nightly;

import java.time.LocalDate;

/**
 * What happened to one landing file in a run. Outcomes: {@code ingested}; {@code rejected}
 * (rejected whole, with the message); {@code skipped} (ingested before with the same content);
 * {@code still rejected} (rejected before with the same content, reported again);
 * {@code unrecognised} (not a dataset of the contract, left alone).
 */
public record FileOutcome(
    String file,
    String dataset,
    LocalDate extractDate,
    int sameDayNumber,
    int revision,
    long fileRank,
    String checksum,
    long sizeBytes,
    long linesRead,
    long loaded,
    long quarantined,
    long superseded,
    String outcome,
    String message) {

  public static final String INGESTED = "ingested";
  public static final String REJECTED = "rejected";
  public static final String SKIPPED = "skipped";
  public static final String STILL_REJECTED = "still rejected";
  public static final String UNRECOGNISED = "unrecognised";

  public FileOutcome withCounts(long linesRead, long loaded, long quarantined, long superseded) {
    return new FileOutcome(file, dataset, extractDate, sameDayNumber, revision, fileRank, checksum, sizeBytes,
        linesRead, loaded, quarantined, superseded, outcome, message);
  }

  public boolean isRejected() {
    return outcome.equals(REJECTED) || outcome.equals(STILL_REJECTED);
  }
}
