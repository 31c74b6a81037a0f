package uk.steppingstones.sample;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A child known to children's services: the person record and what the simulation needs to know.
 */
final class Child {
  final String personId;
  final String gender;
  final LocalDate dateOfBirth;
  final String familyId;
  final String surname;
  SourceRecord person;

  final List<Involvement> involvements = new ArrayList<>();
  final List<CareHistory.Period> periodsOfCare = new ArrayList<>();
  final List<Teams.Allocation> allocations = new ArrayList<>();

  Child(String personId, String gender, LocalDate dateOfBirth, String familyId, String surname) {
    this.personId = personId;
    this.gender = gender;
    this.dateOfBirth = dateOfBirth;
    this.familyId = familyId;
    this.surname = surname;
  }

  int ageOn(LocalDate d) {
    return Period.between(dateOfBirth, d).getYears();
  }

  LocalDate eighteenth() {
    return dateOfBirth.plusYears(18);
  }

  /**
   * The first day a new period of care could start: after the last one ended (null: still in care).
   */
  LocalDate freeOfCareFrom() {
    if (periodsOfCare.isEmpty()) return dateOfBirth;
    CareHistory.Period last = periodsOfCare.get(periodsOfCare.size() - 1);
    return last.end() == null ? null : last.end().plusDays(2);
  }

  boolean inCareOn(LocalDate d) {
    return periodsOfCare.stream().anyMatch(p -> p.isOpenOn(d));
  }

  Involvement lastInvolvement() {
    return involvements.isEmpty() ? null : involvements.get(involvements.size() - 1);
  }
}
