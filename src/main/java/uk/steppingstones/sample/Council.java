package uk.steppingstones.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated council: its source systems and the registers every part of the simulation shares
 * (children, involvements, forms, claims).
 */
final class Council {
  final Sources sources;
  final Ids ids;
  final People people;
  final Teams teams;
  final CareHistory care;
  final StatutoryPlans plans;
  final Forms forms;
  final List<Involvement> involvements = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final double scale;

  Council(Dice dice, double scale) {
    this.scale = scale;
    this.sources = new Sources(new Formats(dice.split()));
    this.ids = new Ids(dice.split());
    this.people = new People(sources, ids, dice.split());
    this.teams = new Teams(sources, ids, dice.split());
    this.care = new CareHistory(sources, ids, dice.split());
    this.plans = new StatutoryPlans(sources, ids, dice.split());
    this.forms = new Forms(sources, ids, dice.split());
  }

  /** A yearly volume at this run's scale (at least one). */
  int scaled(double volume) {
    return Math.max(1, (int) Math.round(volume * scale));
  }
}
