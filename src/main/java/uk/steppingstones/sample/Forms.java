package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.steppingstones.landing.FormType;

/** Creates form headers (lcs_form) and their answers (lcs_form_answer). */
final class Forms {
  private final Sources sources;
  private final Ids ids;
  private final Dice dice;
  private final List<Form> all = new ArrayList<>();

  Forms(Sources sources, Ids ids, Dice dice) {
    this.sources = sources;
    this.ids = ids;
    this.dice = dice;
  }

  List<Form> all() {
    return all;
  }

  /** A form created on {@code day}; null when that is after the as-of date (not created yet). */
  Form create(Child c, Involvement inv, FormType type, LocalDate day) {
    if (day.isAfter(Timeline.AS_OF)) return null;
    boolean recent = day.isAfter(Timeline.AS_OF.minusDays(10));
    String status =
        recent
            ? dice.weighted(List.of("C", "D"), 65, 35)
            : dice.weighted(List.of("C", "D", "X"), 93.5, 4.5, 2);
    return create(c, inv, type, Timeline.officeHours(day, dice), status);
  }

  Form create(Child c, Involvement inv, FormType type, LocalDateTime created, String status) {
    LocalDateTime completed = null;
    if (status.equals("C")) {
      completed =
          dice.chance(0.5)
              ? created.plusMinutes(dice.between(20, 300))
              : Timeline.officeHours(created.toLocalDate().plusDays(dice.between(1, 10)), dice);
      if (completed.toLocalDate().isAfter(Timeline.AS_OF)) {
        completed = null;
        status = "D";
      }
    }
    Form f = new Form(ids.next("form"), c, inv, type, created, status, completed);
    writeHeader(f);
    all.add(f);
    return f;
  }

  /**
   * A form whose header reaches the warehouse at {@code loaded} as written, for planted cases:
   * completed ({@code completed} given) or a draft.
   */
  Form loadedAt(
      Child c,
      Involvement inv,
      FormType type,
      LocalDateTime created,
      LocalDateTime completed,
      LocalDateTime loaded) {
    Formats fmt = sources.formats();
    Form f =
        new Form(ids.next("form"), c, inv, type, created, completed == null ? "D" : "C", completed);
    f.header =
        sources.add(
            SampleDatasets.LCS_FORM,
            loaded,
            Sources.row(
                "FormID",
                f.id,
                "PersonID",
                c.personId,
                "InvolvementID",
                inv == null ? fmt.optionalId(null) : inv.id,
                "FormType",
                type.name(),
                "StepStatus",
                f.status,
                "CreatedDateTime",
                fmt.dateTime(created),
                "CompletedDateTime",
                fmt.optionalDateTime(completed)));
    all.add(f);
    return f;
  }

  private void writeHeader(Form f) {
    Formats fmt = sources.formats();
    boolean sameDay =
        f.completed != null && f.completed.toLocalDate().equals(f.created.toLocalDate());
    var first =
        Sources.row(
            "FormID",
            f.id,
            "PersonID",
            f.child.personId,
            "InvolvementID",
            involvementId(f),
            "FormType",
            formTypeText(f.type),
            "StepStatus",
            sameDay ? "C" : "D",
            "CreatedDateTime",
            fmt.dateTime(f.created),
            "CompletedDateTime",
            sameDay ? fmt.dateTime(f.completed) : fmt.optionalDateTime(null));
    f.header = sources.add(SampleDatasets.LCS_FORM, sameDay ? f.completed : f.created, first);
    if (f.status.equals("C") && !sameDay) {
      sources.change(
          f.header,
          f.completed,
          Sources.row("StepStatus", "C", "CompletedDateTime", fmt.dateTime(f.completed)));
    } else if (f.status.equals("X")) {
      LocalDate day =
          Timeline.earliest(f.created.toLocalDate().plusDays(dice.between(1, 20)), Timeline.AS_OF);
      sources.change(
          f.header,
          Timeline.latest(day, f.created.toLocalDate())
              .atTime(f.created.toLocalTime().plusMinutes(1)),
          Sources.row("StepStatus", "X"));
    }
  }

  private String involvementId(Form f) {
    // A few group supervisions are saved without their involvement.
    boolean linked = f.involvement != null && !(f.type == FormType.SS_GS && dice.chance(0.03));
    return sources.formats().optionalId(linked ? f.involvement.id : null);
  }

  /** Codes are matched case-insensitively after trimming; LCS occasionally pads or lowercases. */
  private String formTypeText(FormType type) {
    if (dice.chance(0.01)) return type.name().toLowerCase();
    if (dice.chance(0.01)) return type.name() + " ";
    return type.name();
  }

  /** One answer row, saved while the form is being filled in. */
  SourceRecord answer(Form f, String question, String answer) {
    return answer(f, question, answer, f.nextAnswerTime());
  }

  SourceRecord answer(Form f, String question, String answer, LocalDateTime at) {
    return answer(f, question, answer, at, at);
  }

  /** An answer saved at {@code at} that reached the warehouse at {@code loaded}. */
  SourceRecord answer(
      Form f, String question, String answer, LocalDateTime at, LocalDateTime loaded) {
    Formats fmt = sources.formats();
    return sources.add(
        SampleDatasets.LCS_FORM_ANSWER,
        loaded,
        Sources.row(
            "AnswerID",
            ids.next("answer"),
            "FormID",
            f.id,
            "QuestionCode",
            question,
            "Answer",
            answer,
            "AnsweredDateTime",
            fmt.dateTime(at)));
  }

  /**
   * A multi-select: one yes row per ticked option ({@code group_CODE}); some forms also save
   * explicit no rows for options left unticked. Returns how many were ticked.
   */
  int multiSelect(
      Form f, String group, Map<String, String> catalogue, double[] chance, double scaleBy) {
    List<String> codes = List.copyOf(catalogue.keySet());
    if (codes.size() != chance.length)
      throw new IllegalStateException(group + ": one chance per option");
    boolean savesNo = dice.chance(0.1);
    int ticked = 0;
    for (int i = 0; i < codes.size(); i++) {
      boolean yes = dice.chance(Math.min(0.95, chance[i] * scaleBy));
      if (yes || (savesNo && dice.chance(0.3)))
        answer(f, group + "_" + codes.get(i), sources.formats().yesNo(yes));
      if (yes) ticked++;
    }
    return ticked;
  }
}
