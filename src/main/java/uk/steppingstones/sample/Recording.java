package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** When a worker records an event in LCS: mostly the same day, sometimes days later. */
final class Recording {
  private Recording() {}

  static LocalDateTime of(LocalDate event, Dice dice) {
    int lag = dice.weighted(List.of(0, dice.between(1, 3), dice.between(4, 14)), 60, 30, 10);
    LocalDate day = Timeline.earliest(event.plusDays(lag), Timeline.AS_OF);
    return Timeline.officeHours(Timeline.latest(day, event), dice);
  }
}
