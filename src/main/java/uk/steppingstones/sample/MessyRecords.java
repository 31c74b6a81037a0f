package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.steppingstones.landing.FormType;

/**
 * The messy cases that live in the records themselves: corrections and ties across extracts,
 * deletions, person merges ({@link PersonMerges}), late and early answers, duplicate answers and
 * duplicate claims. Each planted case is logged (with its ids) for the landing folder's readme.
 */
final class MessyRecords {
  private static final LocalDateTime NIGHT_29 = LocalDateTime.of(2025, 3, 29, 2, 30);

  private final Council council;
  private final Sources sources;
  private final Formats formats;
  private final Dice dice;
  private final Picker picker;
  final List<String> log = new ArrayList<>();

  MessyRecords(Council council, Dice dice) {
    this.council = council;
    this.sources = council.sources;
    this.formats = sources.formats();
    this.dice = dice;
    this.picker = new Picker(dice);
  }

  void plant() {
    involvementEndedInLaterExtract();
    tieBetweenSameDayExtracts();
    staleVersionInLaterExtract();
    deletions();
    log.addAll(new PersonMerges(council, picker, dice).plant());
    answersAfterHeader();
    answersBeforeHeader();
    duplicateAnswers();
    duplicateClaims();
    openEpisodeFollowedByAnother();
    laterChangesForRejectedFiles();
  }

  /** Correction: an open involvement ends on 29 March; its closure record goes D -> C. */
  private void involvementEndedInLaterExtract() {
    Involvement inv = untouchedOpenInvolvement();
    LocalDate ended = LocalDate.of(2025, 3, 29);
    sources.change(
        inv.record,
        LocalDateTime.of(2025, 3, 29, 14, 5),
        Sources.row("EndDate", formats.date(ended)));
    LocalDateTime created = LocalDateTime.of(2025, 3, 29, 15, 10, 12);
    Form closure =
        council.forms.loadedAt(inv.child, inv, FormType.SS_CLOSE, created, null, created);
    LocalDateTime completed = LocalDateTime.of(2025, 3, 31, 9, 12, 40);
    sources.change(
        closure.header,
        completed,
        Sources.row("StepStatus", "C", "CompletedDateTime", formats.dateTime(completed)));
    council.forms.answer(closure, "OutcomeAchieved", "No", completed.minusMinutes(9));
    council.forms.answer(closure, "ReasonNotAchieved", "PLANCHG", completed.minusMinutes(8));
    council.forms.answer(
        closure,
        "ReasonDetail",
        "Plan changed: \"Dad's back\", family moving,\nSW agrees to close",
        completed.minusMinutes(7));
    log(
        "correction: involvement "
            + inv.id
            + " open in the full extract, EndDate 2025-03-29 in ss_involvement_20250329;"
            + " its closure form "
            + closure.id
            + " is D in lcs_form_20250329 and C in lcs_form_20250331");
  }

  /** Tie: two versions with the same LastModified on the same day; the _1 file wins. */
  private void tieBetweenSameDayExtracts() {
    Involvement inv = untouchedOpenInvolvement();
    LocalDateTime at = LocalDateTime.of(2025, 3, 31, 11, 2, 0);
    String lastModified = "2025-03-31 11:02:00";
    sources.change(
        inv.record,
        at,
        Sources.row("EndDate", "31/03/2025", SampleDatasets.LAST_MODIFIED, lastModified));
    SourceRecord.Version fix =
        sources.change(
            inv.record,
            at,
            Sources.row("EndDate", "2025-03-28", SampleDatasets.LAST_MODIFIED, lastModified));
    fix.extract = "20250331_1";
    log(
        "tie: involvement "
            + inv.id
            + " has EndDate 31/03/2025 in ss_involvement_20250331 and 2025-03-28 in"
            + " ss_involvement_20250331_1, same LastModified: the later file wins (2025-03-28)");
  }

  /** A later extract re-sends an older version of a form (older LastModified): it must lose. */
  private void staleVersionInLaterExtract() {
    Form f =
        picker.pick(
            council.forms.all(),
            x ->
                x.header.versions.size() == 2
                    && x.status.equals("C")
                    && x.type == FormType.SS_RC
                    && inFullOnly(x.header),
            "completed review consultation");
    SourceRecord.Version first = f.header.versions.get(0);
    SourceRecord.Version stale = new SourceRecord.Version(first.values, first.lastModified);
    stale.extract = "20250331";
    f.header.versions.add(stale);
    log(
        "stale: form "
            + f.id
            + " comes again in lcs_form_20250331 as its older draft (StepStatus D, older"
            + " LastModified): stays C");
  }

  private void deletions() {
    Involvement inv =
        picker.pick(
            council.involvements, i -> i.end == null && picker.unused(i.child), "open involvement");
    SourceRecord wrong =
        sources.add(
            SampleDatasets.SS_INVOLVEMENT,
            LocalDateTime.of(2025, 3, 10, 10, 0, 5),
            Sources.row(
                "InvolvementID",
                council.ids.next("involvement"),
                "PersonID",
                inv.child.personId,
                "StartDate",
                formats.date(LocalDate.of(2025, 3, 10)),
                "EndDate",
                ""));
    sources.delete(wrong, LocalDateTime.of(2025, 3, 29, 16, 20), "Yes");
    log(
        "deleted involvement: "
            + wrong.key
            + " (a duplicate of "
            + inv.id
            + ") in the full extract, Deleted=Yes in ss_involvement_20250329");

    Form review =
        picker.pick(
            council.forms.all(),
            x -> x.type == FormType.SS_RC && x.status.equals("C") && inFullOnly(x.header),
            "review consultation");
    sources.delete(review.header, LocalDateTime.of(2025, 3, 30, 9, 45), "Y");
    log("deleted form: review consultation " + review.id + ", Deleted=Y in lcs_form_20250330");

    Form claim =
        council.forms.loadedAt(
            inv.child,
            inv,
            FormType.SS_TAF,
            LocalDateTime.of(2025, 3, 20, 11, 0),
            LocalDateTime.of(2025, 3, 20, 11, 30),
            LocalDateTime.of(2025, 3, 20, 11, 30));
    council.forms.answer(claim, "ClaimType", "AVOID");
    council.forms.answer(claim, "EventDate", "18/03/2025");
    council.forms.answer(claim, "PlacementAvoided", "EXTRES");
    sources.delete(claim.header, LocalDateTime.of(2025, 3, 30, 9, 50), "Yes");
    log(
        "deleted claim: target achievement form "
            + claim.id
            + " (created in error) in the full extract, Deleted=Yes in lcs_form_20250330");

    SourceRecord outcome =
        picker.pick(
            sources.of(SampleDatasets.LCS_FORM_ANSWER),
            a ->
                a.get("QuestionCode").startsWith("PlannedOutcome_")
                    && inFullOnly(a)
                    && isYes(a.get("Answer")),
            "planned outcome answer");
    sources.delete(outcome, LocalDateTime.of(2025, 3, 30, 10, 5), "True");
    log(
        "deleted answer: "
            + outcome.key
            + " ("
            + outcome.get("QuestionCode")
            + " of form "
            + outcome.get("FormID")
            + "), Deleted=True in lcs_form_answer_20250330");
  }

  /** Answers loaded a night after their (completed) closure record. */
  private void answersAfterHeader() {
    Involvement inv =
        picker.pick(
            council.involvements,
            i ->
                i.end != null
                    && i.end.isAfter(LocalDate.of(2024, 12, 31))
                    && picker.unused(i.child)
                    && !i.end.isAfter(LocalDate.of(2025, 3, 20)),
            "recently closed involvement");
    LocalDateTime created = LocalDateTime.of(2025, 3, 27, 10, 0, 30);
    Form closure =
        council.forms.loadedAt(
            inv.child,
            inv,
            FormType.SS_CLOSE,
            created,
            created.plusMinutes(40),
            created.plusMinutes(40));
    council.forms.answer(closure, "ChildFocus_WISHES", "Yes", created.plusMinutes(5), NIGHT_29);
    council.forms.answer(closure, "ParentFocus_SAFETY", "Y", created.plusMinutes(6), NIGHT_29);
    council.forms.answer(closure, "OutcomeAchieved", "No", created.plusMinutes(7), NIGHT_29);
    council.forms.answer(closure, "ReasonNotAchieved", "NONENG", created.plusMinutes(8), NIGHT_29);
    log(
        "late answers: closure form "
            + closure.id
            + " in lcs_form_20250328, its answers only in lcs_form_answer_20250329");
  }

  /** Answers that reach the warehouse a night before their form header. */
  private void answersBeforeHeader() {
    Predicate<Involvement> open =
        i -> i.end == null && i.start.isBefore(LocalDate.of(2025, 3, 1)) && picker.unused(i.child);
    Predicate<Involvement> edgeOfCare = i -> !i.statusAtStart.equals("CLA") && i.claims.isEmpty();
    Involvement inv =
        council.involvements.stream().anyMatch(open.and(edgeOfCare))
            ? picker.pick(
                council.involvements, open.and(edgeOfCare), "open edge-of-care involvement")
            : picker.pick(council.involvements, open, "open involvement");
    LocalDateTime created = LocalDateTime.of(2025, 3, 29, 9, 50, 0);
    Form f =
        council.forms.loadedAt(
            inv.child,
            inv,
            FormType.SS_TAF,
            created,
            created.plusMinutes(30),
            LocalDateTime.of(2025, 3, 30, 3, 10));
    council.forms.answer(f, "ClaimType", "AVOID", created.plusMinutes(2));
    council.forms.answer(f, "EventDate", "2025-03-26", created.plusMinutes(3));
    council.forms.answer(f, "PlacementAvoided", "EXTFOST", created.plusMinutes(4));
    Claim claim = new Claim(f, "AVOID", LocalDate.of(2025, 3, 26), null, null, "EXTFOST");
    inv.claims.add(claim);
    council.claims.add(claim);
    log(
        "early answers: claim form "
            + f.id
            + " answers in lcs_form_answer_20250329, its header only in lcs_form_20250330");
  }

  private void duplicateAnswers() {
    SourceRecord reason =
        picker.pick(
            sources.of(SampleDatasets.LCS_FORM_ANSWER),
            a ->
                a.get("QuestionCode").equals("ReasonNotAchieved")
                    && inFullOnly(a)
                    && a.latest().lastModified.isBefore(LocalDateTime.of(2025, 1, 1, 0, 0)),
            "closure reason answer");
    String was = reason.get("Answer");
    String now = was.equalsIgnoreCase("OTHER") ? "NONENG" : "OTHER";
    LocalDateTime later = reason.latest().lastModified.plusDays(2).withSecond(0);
    SourceRecord again = council.forms.answer(formOf(reason), "ReasonNotAchieved", now, later);
    log(
        "duplicate answer: form "
            + reason.get("FormID")
            + " ReasonNotAchieved "
            + was
            + " (answer "
            + reason.key
            + ") then "
            + now
            + " two days later (answer "
            + again.key
            + "): "
            + now
            + " wins");

    SourceRecord accepted =
        picker.pick(
            sources.of(SampleDatasets.LCS_FORM_ANSWER),
            a ->
                a.get("QuestionCode").equals("Accepted") && isYes(a.get("Answer")) && inFullOnly(a),
            "accepted answer");
    LocalDateTime earlier = accepted.latest().lastModified.minusDays(1).withSecond(0);
    SourceRecord no = council.forms.answer(formOf(accepted), "Accepted", "No", earlier);
    log(
        "duplicate answer: form "
            + accepted.get("FormID")
            + " Accepted=No a day earlier (answer "
            + no.key
            + ", the larger id) than Accepted=Yes (answer "
            + accepted.key
            + "): Yes wins on time");

    Claim stepDown =
        picker.pick(
            council.claims,
            k ->
                k.type().equals("STEPDOWN")
                    && k.form().status.equals("C")
                    && k.to() != null
                    && !k.to().equals("EXTRES")
                    && picker.unused(k.form()),
            "step down claim");
    SourceRecord to = answerOf(stepDown.form(), "PlacementTo");
    SourceRecord textLarger =
        sources.add(
            SampleDatasets.LCS_FORM_ANSWER,
            to.latest().lastModified,
            Sources.row(
                "AnswerID",
                "999001",
                "FormID",
                stepDown.form().id,
                "QuestionCode",
                "PlacementTo",
                "Answer",
                "EXTRES",
                "AnsweredDateTime",
                to.get("AnsweredDateTime")));
    log(
        "answer tie: form "
            + stepDown.form().id
            + " PlacementTo answered twice at the same time: answer "
            + to.key
            + " ("
            + stepDown.to()
            + ") beats answer "
            + textLarger.key
            + " (EXTRES) because ids compare as numbers");

    Claim avoid =
        picker.pick(
            council.claims,
            k ->
                k.type().equals("AVOID")
                    && k.form().status.equals("C")
                    && "EXTFOST".equals(k.avoided())
                    && picker.unused(k.form()),
            "cost avoidance claim");
    SourceRecord avoided = answerOf(avoid.form(), "PlacementAvoided");
    SourceRecord larger =
        sources.add(
            SampleDatasets.LCS_FORM_ANSWER,
            avoided.latest().lastModified,
            Sources.row(
                "AnswerID",
                council.ids.next("answer"),
                "FormID",
                avoid.form().id,
                "QuestionCode",
                "PlacementAvoided",
                "Answer",
                "INTFOST",
                "AnsweredDateTime",
                avoided.get("AnsweredDateTime")));
    log(
        "answer tie: form "
            + avoid.form().id
            + " PlacementAvoided EXTFOST (answer "
            + avoided.key
            + ") and INTFOST (answer "
            + larger.key
            + ") at the same time: the larger id wins (INTFOST)");
  }

  private void duplicateClaims() {
    Claim avoid =
        picker.pick(
            council.claims,
            k ->
                k.type().equals("AVOID")
                    && k.form().status.equals("C")
                    && picker.unused(k.form())
                    && k.form().created.isBefore(LocalDateTime.of(2025, 2, 1, 0, 0)),
            "cost avoidance claim");
    Form later =
        council.forms.create(
            avoid.form().child,
            avoid.form().involvement,
            FormType.SS_TAF,
            avoid.form().created.plusDays(3),
            "C");
    copyClaimAnswers(later, avoid);
    log(
        "duplicate claim: forms "
            + avoid.form().id
            + " and "
            + later.id
            + " (3 days later) claim AVOID for the same child and EventDate: "
            + avoid.form().id
            + " is kept");

    Claim stepDown =
        picker.pick(
            council.claims,
            k ->
                k.type().equals("STEPDOWN")
                    && k.form().status.equals("C")
                    && picker.unused(k.form())
                    && k.form().created.isBefore(LocalDateTime.of(2025, 2, 1, 0, 0)),
            "step down claim");
    Form original = stepDown.form();
    Form twin =
        council.forms.loadedAt(
            original.child,
            original.involvement,
            FormType.SS_TAF,
            original.created,
            original.created.plusMinutes(45),
            original.created.plusMinutes(45));
    // Same CreatedDateTime text as the original, so the tie holds whatever the time format.
    twin.header.latest().values.put("CreatedDateTime", original.header.get("CreatedDateTime"));
    copyClaimAnswers(twin, stepDown);
    log(
        "duplicate claim: forms "
            + stepDown.form().id
            + " and "
            + twin.id
            + " claim STEPDOWN for the same child and EventDate,"
            + " created at the same time: the smaller FormID "
            + stepDown.form().id
            + " is kept");
  }

  private void copyClaimAnswers(Form to, Claim claim) {
    council.forms.answer(to, "ClaimType", claim.type());
    council.forms.answer(to, "EventDate", formats.date(claim.eventDate()));
    if (claim.from() != null) council.forms.answer(to, "PlacementFrom", claim.from());
    if (claim.to() != null) council.forms.answer(to, "PlacementTo", claim.to());
    if (claim.avoided() != null) council.forms.answer(to, "PlacementAvoided", claim.avoided());
  }

  /** LCS error: an episode left open and a later one starting; still one period of care. */
  private void openEpisodeFollowedByAnother() {
    LocalDate start = LocalDate.of(2023, 5, 10);
    Child c = council.people.newChild(council.people.newFamily(false), start, 9);
    LocalDate home = LocalDate.of(2024, 1, 15);
    String first = council.ids.next("episode");
    sources.add(
        SampleDatasets.CLA_EPISODE,
        Timeline.officeHours(start, dice),
        Sources.row(
            "EpisodeID",
            first,
            "PersonID",
            c.personId,
            "StartDate",
            formats.date(start),
            "EndDate",
            "",
            "LegalStatus",
            "C1",
            "PlacementType",
            "U4",
            "ReasonNewEpisode",
            "S",
            "ReasonEpisodeCeased",
            ""));
    String second = council.ids.next("episode");
    sources.add(
        SampleDatasets.CLA_EPISODE,
        Timeline.officeHours(home, dice),
        Sources.row(
            "EpisodeID",
            second,
            "PersonID",
            c.personId,
            "StartDate",
            formats.date(home),
            "EndDate",
            "",
            "LegalStatus",
            "C2",
            "PlacementType",
            "P1",
            "ReasonNewEpisode",
            "P",
            "ReasonEpisodeCeased",
            ""));
    log(
        "open episode followed by another: episodes "
            + first
            + " (no EndDate) and "
            + second
            + " (P1 from 2024-01-15) of person "
            + c.personId
            + " are one period; the P1 episode is a move home");
  }

  /**
   * Changes on the nights whose files are planted as rejected (plo_20250329 lacks StartDate,
   * cp_plan_20250330 names EndDate twice), so those files have rows to lose.
   */
  private void laterChangesForRejectedFiles() {
    if (openRecords(SampleDatasets.PLO, 2).isEmpty()) {
      council.plans.plo(
          picker.pick(council.involvements, i -> picker.unused(i.child), "child").child,
          LocalDate.of(2025, 2, 10),
          null,
          null);
    }
    for (SourceRecord plo : openRecords(SampleDatasets.PLO, 2)) {
      sources.change(
          plo,
          LocalDateTime.of(2025, 3, 29, 11, 0),
          Sources.row("EndDate", formats.date(LocalDate.of(2025, 3, 28)), "Outcome", "StepDown"));
      log(
          "rejected file: PLO "
              + plo.key
              + " ends 2025-03-28 in plo_20250329 (no StartDate column: rejected) and again in"
              + " plo_20250329_1");
    }
    if (openRecords(SampleDatasets.CP_PLAN, 2).isEmpty()) {
      council.plans.childProtection(
          picker.pick(council.involvements, i -> picker.unused(i.child), "child").child,
          LocalDate.of(2025, 1, 20),
          null);
    }
    for (SourceRecord plan : openRecords(SampleDatasets.CP_PLAN, 2)) {
      sources.change(
          plan,
          LocalDateTime.of(2025, 3, 30, 12, 0),
          Sources.row("EndDate", formats.date(LocalDate.of(2025, 3, 30))));
      log(
          "rejected file: CP plan "
              + plan.key
              + " ends 2025-03-30 in cp_plan_20250330 (EndDate twice: rejected) and again in"
              + " cp_plan_20250331");
    }
  }

  private List<SourceRecord> openRecords(String dataset, int n) {
    List<SourceRecord> open = new ArrayList<>();
    for (SourceRecord r : sources.of(dataset)) {
      boolean startedBeforeMarch =
          r.latest().lastModified.isBefore(LocalDateTime.of(2025, 3, 1, 0, 0));
      if (r.versions.size() == 1 && inFullOnly(r) && startedBeforeMarch && open.size() < n)
        open.add(r);
    }
    return open;
  }

  // --- picking helpers ---

  private Involvement untouchedOpenInvolvement() {
    return picker.pick(
        council.involvements,
        i ->
            i.end == null
                && i.start.isBefore(LocalDate.of(2024, 12, 1))
                && inFullOnly(i.record)
                && picker.unused(i.child),
        "open involvement");
  }

  /** Every version of the record went out in the full extract. */
  static boolean inFullOnly(SourceRecord r) {
    return r.versions.stream().allMatch(v -> Nights.extractOf(v).equals(Nights.FULL));
  }

  private static boolean isYes(String answer) {
    return List.of("yes", "y", "true", "1").contains(answer.trim().toLowerCase());
  }

  private Form formOf(SourceRecord answer) {
    String id = answer.get("FormID");
    return council.forms.all().stream().filter(f -> f.id.equals(id)).findFirst().orElseThrow();
  }

  private SourceRecord answerOf(Form f, String question) {
    return sources.of(SampleDatasets.LCS_FORM_ANSWER).stream()
        .filter(a -> a.get("FormID").equals(f.id) && a.get("QuestionCode").equals(question))
        .findFirst()
        .orElseThrow();
  }

  private void log(String line) {
    log.add(line);
  }
}
