package uk.steppingstones.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a landing folder of sample nightly extracts for Stepping Stones: four financial years
 * (2021-22 to 2024-25) of a simulated council, at the volumes of the 2024-25 annual report at scale
 * 1. Plain Java and Commons CSV; no Spark. The same seed and scale give byte-identical files.
 *
 * <pre>
 *   SampleGenerator --out DIR [--seed N] [--scale F]
 * </pre>
 *
 * <p>Data flow: the simulation ({@link SteppingStones}, {@link LookedAfterChildren}, {@link
 * PublicLawOutline}, {@link FamilyGroupConferences}, {@link FinanceReference}) writes versioned
 * records into the source systems ({@link Sources}); {@link MessyRecords} plants the record-level
 * messy cases; {@link Nights} cuts the extracts (a full snapshot on 28 March 2025, changes only on
 * 29, 30 and 31 March, and a second extract on 31 March); {@link MessyFiles} plants the file-level
 * cases; {@link ExtractFile} writes each file.
 *
 * <p>Messy cases the contract names, each planted at least once (readme.txt in the folder lists
 * them with their ids):
 *
 * <ul>
 *   <li>corrections: an involvement open in the full extract gets its EndDate in
 *       ss_involvement_20250329; its closure form is StepStatus D in lcs_form_20250329 and C in
 *       lcs_form_20250331 (plus ordinary records that changed on the later nights);
 *   <li>tie between files: one involvement version in ss_involvement_20250331 and another with the
 *       same LastModified in ss_involvement_20250331_1 (the later file wins);
 *   <li>tie within a file: a form twice with the same LastModified in lcs_form_20250329 (the later
 *       line wins); stale re-send: an older form version in lcs_form_20250331 (must lose);
 *   <li>deletions (Deleted = Yes / Y / True): an involvement (ss_involvement_20250329), a review
 *       form and a claim form (lcs_form_20250330), an answer (lcs_form_answer_20250330);
 *   <li>person merges: chain A -> B -> C (person_20250329, person_20250330), cycle X -> Y -> X
 *       (person_20250331), three settled one-step merges (person_20250328); involvements, forms,
 *       CP/CIN plans name the merged ids;
 *   <li>late answers (lcs_form_answer_20250329 for a closure whose header is in the full extract)
 *       and early answers (lcs_form_answer_20250329 for a claim whose header is in
 *       lcs_form_20250330);
 *   <li>duplicate answers: a closure reason answered again two days later; an older "Accepted = No"
 *       with the larger AnswerID; ties on AnsweredDateTime broken by the larger AnswerID, once
 *       where 999001 must lose to a 7-digit id (ids compare as numbers);
 *   <li>duplicate claims: two SS_TAF forms for one child, ClaimType and EventDate (a later one, and
 *       one created at the same time with a larger FormID);
 *   <li>rows to quarantine: missing key (ss_involvement_20250329, lcs_form_answer_20250330),
 *       unreadable required date 31/02/2024 (cp_plan_20250328) and 2024-13-01
 *       (team_allocation_20250329), unreadable LastModified (lcs_form_20250328), unknown FormType
 *       SS_PANEL (lcs_form_20250330), EndDate before StartDate (ss_involvement_20250328), wrong
 *       number of fields (fgc_meeting_20250328), negative WeeklyCost (placement_cost_20250328),
 *       missing PersonID (cin_plan_20250328 blank, fgc_referral_20250329 -1);
 *   <li>unreadable optional values: WorkspaceOpenedDate TBC (fgc_referral_20250328),
 *       CompletedDateTime N/A (lcs_form_20250328); Gender "Not stated"; mixed-case codes;
 *   <li>files rejected whole: plo_20250329 without StartDate (re-sent as plo_20250329_1),
 *       cp_plan_20250330 naming EndDate twice (re-sent in cp_plan_20250331);
 *   <li>header variations: other column order (ss_involvement_20250330), other case and spaces
 *       (team_allocation_20250328), extra columns (lcs_form_20250329, placement_cost_20250328), a
 *       UTF-8 byte-order mark (person_20250328), CRLF line endings (lcs_form_answer_20250329);
 *       quoted free text with commas, quotes and line breaks (ReasonDetail, ReviewNotes);
 *   <li>unrecognised files: readme.txt and notes_20250329.csv;
 *   <li>also: dates as dd/MM/yyyy and yyyy-MM-dd with and without times, 01/01/1900 placeholders,
 *       -1 / 0 id sentinels, yes/no in every accepted form, money with £ and thousands commas, an
 *       open CLA episode followed by another, two PLO records starting the same day, a team missing
 *       from team_group and one written there in capitals, header-only change files.
 * </ul>
 */
public final class SampleGenerator {
  private static final Pattern OUR_FILES =
      Pattern.compile("[a-z_]+_\\d{8}(_\\d+)?\\.csv|readme\\.txt");

  private SampleGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    long seed = 20250331L;
    double scale = 1.0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--scale" -> scale = Double.parseDouble(value(args, ++i));
        default -> usage("unknown argument " + args[i]);
      }
    }
    if (out == null) usage("--out DIR is required");
    if (!(scale >= 0.05))
      usage("--scale must be at least 0.05 (the messy cases need some records)");
    System.out.print(generate(out, seed, scale));
  }

  /** Generates the landing folder; returns a summary of what was written. */
  public static String generate(Path out, long seed, double scale) throws IOException {
    Dice dice = new Dice(seed);
    Council council = new Council(dice.split(), scale);
    new SteppingStones(council, dice.split()).run();
    new LookedAfterChildren(council, dice.split()).run();
    FamilyGroupConferences fgc = new FamilyGroupConferences(council, dice.split());
    new PublicLawOutline(council, fgc, dice.split()).run();
    fgc.run();
    council.care.write(council.people.all());
    council.teams.write(council.people.all());
    new FinanceReference(council.sources, dice.split()).write();

    MessyRecords messyRecords = new MessyRecords(council, dice.split());
    messyRecords.plant();
    Map<String, ExtractFile> files = Nights.cut(council.sources);
    MessyFiles messyFiles = new MessyFiles(files);
    messyFiles.plant();

    List<String> planted = new ArrayList<>(messyRecords.log);
    planted.addAll(messyFiles.log);
    clear(out);
    for (ExtractFile f : files.values()) f.write(out);
    MessyFiles.writeUnrecognised(out, planted);
    return Summary.of(council, files, planted);
  }

  /** Removes an earlier sample's files (only names this generator writes), keeps anything else. */
  private static void clear(Path out) throws IOException {
    Files.createDirectories(out);
    try (Stream<Path> old = Files.list(out)) {
      for (Path p : old.toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && OUR_FILES.matcher(name).matches()) Files.delete(p);
      }
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) usage(args[i - 1] + " needs a value");
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: SampleGenerator --out DIR [--seed N (default 20250331)] [--scale F (default 1.0)]");
    System.exit(64);
  }
}
