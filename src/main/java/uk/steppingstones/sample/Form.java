package uk.steppingstones.sample;

import java.time.LocalDateTime;
import uk.steppingstones.landing.FormType;

/** A Stepping Stones form in LCS: its header record and when it was filled in. */
final class Form {
  final String id;
  final Child child;
  final Involvement involvement;
  final FormType type;
  final LocalDateTime created;

  /** C completed, D draft, X cancelled: the form's final status in LCS. */
  final String status;

  final LocalDateTime completed;
  SourceRecord header;
  private int answers;

  Form(
      String id,
      Child child,
      Involvement involvement,
      FormType type,
      LocalDateTime created,
      String status,
      LocalDateTime completed) {
    this.id = id;
    this.child = child;
    this.involvement = involvement;
    this.type = type;
    this.created = created;
    this.status = status;
    this.completed = completed;
  }

  /** When the next answer is saved: answers are typed in minutes after the form is opened. */
  LocalDateTime nextAnswerTime() {
    return created.plusMinutes(2L + 3L * answers++);
  }
}
