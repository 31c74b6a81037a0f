package uk.steppingstones.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messy cases that live in the files: rows to quarantine, unreadable optional values, a tie
 * within one file, files to reject whole, header variations, a byte-order mark, CRLF line endings
 * and files the pipeline does not know. Rows are planted first (by contract column names), then
 * headers are varied.
 */
final class MessyFiles {
  static final String BOM_FILE = "person_20250328.csv";
  static final String CRLF_FILE = "lcs_form_answer_20250329.csv";
  static final String REORDERED_FILE = "ss_involvement_20250330.csv";
  static final String RENAMED_HEADERS_FILE = "team_allocation_20250328.csv";
  static final String MISSING_COLUMN_FILE = "plo_20250329.csv";
  static final String MISSING_COLUMN = "StartDate";
  static final String RESENT_FILE = "plo_20250329_1.csv";
  static final String DUPLICATE_COLUMN_FILE = "cp_plan_20250330.csv";
  static final List<String> UNRECOGNISED_FILES = List.of("readme.txt", "notes_20250329.csv");

  private final Map<String, ExtractFile> files;
  final List<String> log = new ArrayList<>();

  MessyFiles(Map<String, ExtractFile> files) {
    this.files = files;
  }

  void plant() {
    rowsToQuarantine();
    unreadableOptionalValues();
    tieWithinOneFile();
    filesToReject();
    headerVariations();
  }

  private void rowsToQuarantine() {
    String person = file("person_20250328.csv").rows.get(0).get(0);
    quarantine(
        "ss_involvement_20250329.csv",
        "missing key (InvolvementID blank)",
        "InvolvementID",
        "",
        "PersonID",
        person,
        "StartDate",
        "27/03/2025",
        "LastModified",
        "29/03/2025 10:15");
    quarantine(
        "ss_involvement_20250328.csv",
        "EndDate before StartDate (involvement 19998)",
        "InvolvementID",
        "19998",
        "PersonID",
        person,
        "StartDate",
        "05/11/2024",
        "EndDate",
        "11/05/2024",
        "LastModified",
        "2024-11-05 10:00:00");
    String form = file("lcs_form_20250328.csv").rows.get(0).get(0);
    quarantine(
        "lcs_form_answer_20250330.csv",
        "missing key (AnswerID blank)",
        "AnswerID",
        "",
        "FormID",
        form,
        "QuestionCode",
        "OutcomeAchieved",
        "Answer",
        "Yes",
        "AnsweredDateTime",
        "30/03/2025 09:00",
        "LastModified",
        "30/03/2025 09:00");
    quarantine(
        "cp_plan_20250328.csv",
        "unreadable StartDate 31/02/2024 (plan 59999)",
        "PlanID",
        "59999",
        "PersonID",
        person,
        "StartDate",
        "31/02/2024",
        "LastModified",
        "2024-03-01 09:00:00");
    quarantine(
        "team_allocation_20250329.csv",
        "unreadable StartDate 2024-13-01 (allocation 749999)",
        "AllocationID",
        "749999",
        "PersonID",
        person,
        "TeamName",
        "Assessment Team North",
        "StartDate",
        "2024-13-01",
        "LastModified",
        "2025-03-29 08:30:00");
    quarantine(
        "lcs_form_20250330.csv",
        "unknown FormType SS_PANEL (form 299999)",
        "FormID",
        "299999",
        "PersonID",
        person,
        "FormType",
        "SS_PANEL",
        "StepStatus",
        "C",
        "CreatedDateTime",
        "30/03/2025 11:00",
        "LastModified",
        "30/03/2025 11:20");
    quarantine(
        "lcs_form_20250328.csv",
        "unreadable LastModified 2025-02-30 (form 299998)",
        "FormID",
        "299998",
        "PersonID",
        person,
        "FormType",
        "SS_GS",
        "StepStatus",
        "C",
        "CreatedDateTime",
        "2025-02-27 11:00:00",
        "LastModified",
        "2025-02-30 10:00:00");
    quarantine(
        "placement_cost_20250328.csv",
        "negative WeeklyCost (cost 79999)",
        "PlacementCostID",
        "79999",
        "PersonID",
        person,
        "PlacementCategory",
        "EXTFOST",
        "StartDate",
        "01/06/2024",
        "WeeklyCost",
        "-450.00",
        "LastModified",
        "2024-06-03 09:00:00");
    quarantine(
        "cin_plan_20250328.csv",
        "missing PersonID (plan 64999)",
        "PlanID",
        "64999",
        "PersonID",
        "",
        "StartDate",
        "14/02/2024",
        "LastModified",
        "2024-02-14 12:00:00");
    quarantine(
        "fgc_referral_20250329.csv",
        "PersonID -1 (referral 39999)",
        "ReferralID",
        "39999",
        "PersonID",
        "-1",
        "ReferralDate",
        "28/03/2025",
        "ReferringTeam",
        "Assessment Team South",
        "LastModified",
        "29/03/2025 09:40");

    ExtractFile meetings = file("fgc_meeting_20250328.csv");
    List<String> extra =
        meetings.rowLike(
            null,
            "MeetingID",
            "46998",
            "WorkspaceID",
            "45000",
            "MeetingDate",
            "12/12/2024",
            "MeetingType",
            "FGC",
            "Stage",
            "INITIAL",
            "MeetingStatus",
            "HELD",
            "LastModified",
            "12/12/2024 16:00");
    extra.add("left over");
    meetings.rows.add(extra);
    List<String> short_ =
        meetings.rowLike(
            null,
            "MeetingID",
            "46999",
            "WorkspaceID",
            "45000",
            "MeetingDate",
            "13/12/2024",
            "MeetingType",
            "FM",
            "Stage",
            "REVIEW",
            "MeetingStatus",
            "HELD",
            "LastModified",
            "13/12/2024 16:00");
    meetings.rows.add(short_.subList(0, short_.size() - 1));
    log.add(
        "fgc_meeting_20250328.csv: wrong number of fields (meeting 46998 one too many, 46999 one"
            + " too few)");
  }

  private void quarantine(String fileName, String why, String... columnThenValue) {
    ExtractFile f = file(fileName);
    f.rows.add(f.rowLike(null, columnThenValue));
    log.add(fileName + ": " + why);
  }

  /** Values that cannot be read in optional columns: loaded as no value and counted. */
  private void unreadableOptionalValues() {
    ExtractFile referrals = file("fgc_referral_20250328.csv");
    int opened = referrals.column("WorkspaceOpenedDate");
    referrals.rows.stream()
        .filter(r -> r.get(opened).matches("\\d.*"))
        .findFirst()
        .ifPresent(
            r -> {
              r.set(opened, "TBC");
              log.add(
                  "fgc_referral_20250328.csv: WorkspaceOpenedDate TBC (referral " + r.get(0) + ")");
            });
    ExtractFile forms = file("lcs_form_20250328.csv");
    int status = forms.column("StepStatus");
    int completed = forms.column("CompletedDateTime");
    forms.rows.stream()
        .filter(r -> r.get(status).equals("D"))
        .findFirst()
        .ifPresent(
            r -> {
              r.set(completed, "N/A");
              log.add("lcs_form_20250328.csv: CompletedDateTime N/A on draft form " + r.get(0));
            });
  }

  /** Two versions of one form with the same LastModified in one file: the later line wins. */
  private void tieWithinOneFile() {
    ExtractFile forms = file("lcs_form_20250329.csv");
    if (forms.rows.isEmpty()) return;
    List<String> last = forms.rows.get(0);
    forms.rows.add(0, forms.rowLike(last, "StepStatus", "X"));
    log.add(
        "lcs_form_20250329.csv: form "
            + last.get(0)
            + " twice with the same LastModified, StepStatus X then "
            + last.get(status(forms))
            + ": the later line wins");
  }

  private static int status(ExtractFile f) {
    return f.column("StepStatus");
  }

  /** Files rejected whole, and the extracts that re-send their records. */
  private void filesToReject() {
    ExtractFile plo = file(MISSING_COLUMN_FILE);
    ExtractFile resent = new ExtractFile(RESENT_FILE, plo.dataset, plo.header);
    plo.rows.forEach(r -> resent.rows.add(new ArrayList<>(r)));
    int start = plo.column(MISSING_COLUMN);
    plo.header.remove(start);
    plo.rows.forEach(r -> r.remove(start));
    insertAfter(MISSING_COLUMN_FILE, resent);
    log.add(
        MISSING_COLUMN_FILE
            + ": no StartDate column, rejected whole; its rows come again in "
            + RESENT_FILE);

    ExtractFile cp = file(DUPLICATE_COLUMN_FILE);
    int end = cp.column("EndDate");
    ExtractFile next = file("cp_plan_20250331.csv");
    cp.rows.forEach(r -> next.rows.add(new ArrayList<>(r)));
    cp.header.add("EndDate");
    cp.rows.forEach(r -> r.add(r.get(end)));
    log.add(
        DUPLICATE_COLUMN_FILE
            + ": EndDate named twice, rejected whole; its rows come again in cp_plan_20250331.csv");
  }

  private void headerVariations() {
    file(BOM_FILE).byteOrderMark = true;
    log.add(BOM_FILE + ": UTF-8 byte-order mark");
    file(CRLF_FILE).crlf = true;
    log.add(CRLF_FILE + ": CRLF line endings");

    ExtractFile involvements = file(REORDERED_FILE);
    reorder(
        involvements,
        List.of("EndDate", "LastModified", "PersonID", "Deleted", "StartDate", "InvolvementID"));
    log.add(REORDERED_FILE + ": columns in another order");

    ExtractFile teams = file(RENAMED_HEADERS_FILE);
    teams.header =
        new ArrayList<>(
            List.of(
                " allocationid ",
                "PERSONID",
                "teamname ",
                " StartDate",
                "ENDDATE",
                "lastmodified",
                " Deleted "));
    log.add(RENAMED_HEADERS_FILE + ": header names in other case with spaces");

    extraColumn("lcs_form_20250329.csv", "SourceSystem", "LCS");
    extraColumn("placement_cost_20250328.csv", "CostCentre", "CS-PLACE-01");
  }

  private void extraColumn(String fileName, String column, String value) {
    ExtractFile f = file(fileName);
    f.header.add(2, column);
    f.rows.forEach(r -> r.add(Math.min(2, r.size()), value));
    log.add(fileName + ": extra column " + column + " (not in the contract)");
  }

  private static void reorder(ExtractFile f, List<String> order) {
    List<Integer> from = order.stream().map(f::column).toList();
    f.header = new ArrayList<>(order);
    for (int i = 0; i < f.rows.size(); i++) {
      List<String> row = f.rows.get(i);
      f.rows.set(i, new ArrayList<>(from.stream().map(row::get).toList()));
    }
  }

  private void insertAfter(String name, ExtractFile added) {
    Map<String, ExtractFile> copy = new LinkedHashMap<>(files);
    files.clear();
    copy.forEach(
        (n, f) -> {
          files.put(n, f);
          if (n.equals(name)) files.put(added.name, added);
        });
  }

  private ExtractFile file(String name) {
    ExtractFile f = files.get(name);
    if (f == null)
      throw new IllegalStateException("no landing file " + name + " to plant a messy case in");
    return f;
  }

  /** Files that are not extracts: the pipeline reports them as unrecognised and leaves them. */
  static void writeUnrecognised(Path dir, List<String> plantedCases) throws IOException {
    StringBuilder readme = new StringBuilder();
    readme
        .append(
            "Stepping Stones sample landing folder (generated by"
                + " uk.steppingstones.sample.SampleGenerator).\n")
        .append(
            "Fake people and figures. This file is not an extract: the pipeline reports it as"
                + " unrecognised.\n\n")
        .append("Planted messy cases:\n");
    plantedCases.forEach(line -> readme.append("- ").append(line).append('\n'));
    Files.writeString(dir.resolve("readme.txt"), readme.toString(), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("notes_20250329.csv"),
        "Note,Author\nRemember to chase finance for March costs,Analyst\n",
        StandardCharsets.UTF_8);
  }
}
