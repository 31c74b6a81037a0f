package uk.steppingstones.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Children and their person records. Names are made up from fixed, unusual lists so that a test can
 * search every output for them: the pipeline must never write a name anywhere.
 */
final class People {
  static final List<String> BOYS =
      List.of(
          "Alaric",
          "Barnaby",
          "Caspian",
          "Dorian",
          "Ellery",
          "Fitzroy",
          "Gideon",
          "Horatio",
          "Ignatius",
          "Jolyon",
          "Lysander",
          "Montgomery",
          "Nathaniel",
          "Orson",
          "Peregrine",
          "Quentin",
          "Rufus",
          "Seán",
          "Tobias",
          "Ulric",
          "Vaughan",
          "Wilbur",
          "Xander",
          "Zebedee",
          "Thaddeus",
          "Cosmo",
          "Ezekiel",
          "Hamish",
          "Leopold",
          "Evander");
  static final List<String> GIRLS =
      List.of(
          "Araminta",
          "Beatrix",
          "Clementine",
          "Delphine",
          "Esmé",
          "Florentyna",
          "Griselda",
          "Hermione",
          "Isadora",
          "Juniper",
          "Keziah",
          "Lavinia",
          "Marigold",
          "Nerys",
          "Ottoline",
          "Philippa",
          "Rosamund",
          "Siân",
          "Tallulah",
          "Ursula",
          "Verity",
          "Wilhelmina",
          "Xanthe",
          "Zoë",
          "Ianthe",
          "Persephone",
          "Saoirse",
          "Temperance",
          "Honoria",
          "Octavia");
  private static final List<String> SURNAME_STARTS =
      List.of(
          "Thorn", "Bramble", "Quill", "Marrow", "Hazel", "Wren", "Fennick", "Kestrel", "Tansy",
          "Corrie", "Lark", "Rook", "Pelham", "Gorse", "Sedge", "Nettle", "Teasel", "Furze");
  private static final List<String> SURNAME_ENDS =
      List.of(
          "wick", "ford", "hollow", "field", "stone", "mere", "dale", "brook", "croft", "well",
          "thwaite", "bury");

  private final Sources sources;
  private final Ids ids;
  private final Dice dice;
  private final List<Child> children = new ArrayList<>();

  People(Sources sources, Ids ids, Dice dice) {
    this.sources = sources;
    this.ids = ids;
    this.dice = dice;
  }

  List<Child> all() {
    return children;
  }

  /** A household: siblings share its id and surname. Some households have no id in LCS. */
  record Family(String id, String surname) {}

  Family newFamily(boolean siblings) {
    String id = siblings || dice.chance(0.55) ? ids.next("family") : null;
    return new Family(id, surname());
  }

  /** A new child, aged {@code age} whole years on {@code knownFrom}, first recorded that day. */
  Child newChild(Family family, LocalDate knownFrom, int age) {
    LocalDate dob = knownFrom.minusYears(age).minusDays(dice.between(0, 364));
    String gender =
        dice.weighted(List.of("Male", "Female", "Other", "Unknown"), 54.5, 44, 0.7, 0.8);
    String forename = forename(gender);
    Child c = new Child(ids.next("person"), gender, dob, family.id(), family.surname());
    Formats f = sources.formats();
    c.person =
        sources.add(
            SampleDatasets.PERSON,
            Timeline.officeHours(knownFrom.minusDays(dice.between(0, 30)), dice),
            Sources.row(
                "PersonID", c.personId,
                "Forename", forename,
                "Surname", c.surname,
                "Gender", genderText(gender),
                "DateOfBirth", f.date(dob),
                "FamilyID", f.optionalId(family.id()),
                "MergedIntoPersonID", f.optionalId(null)));
    children.add(c);
    return c;
  }

  /** A second LCS person record for the same child (a duplicate that LCS later merges). */
  SourceRecord duplicateOf(Child c, LocalDate recordedOn) {
    Formats f = sources.formats();
    return sources.add(
        SampleDatasets.PERSON,
        Timeline.officeHours(recordedOn, dice),
        Sources.row(
            "PersonID", ids.next("person"),
            "Forename", c.person.get("Forename"),
            "Surname", c.surname,
            "Gender", genderText(c.gender),
            "DateOfBirth", f.date(c.dateOfBirth),
            "FamilyID", f.optionalId(c.familyId),
            "MergedIntoPersonID", f.optionalId(null)));
  }

  private String forename(String gender) {
    return switch (gender) {
      case "Male" -> dice.pick(BOYS);
      case "Female" -> dice.pick(GIRLS);
      default -> dice.chance(0.5) ? dice.pick(BOYS) : dice.pick(GIRLS);
    };
  }

  private String surname() {
    String s = dice.pick(SURNAME_STARTS) + dice.pick(SURNAME_ENDS);
    if (dice.chance(0.08)) s = s + "-" + dice.pick(SURNAME_STARTS) + dice.pick(SURNAME_ENDS);
    if (dice.chance(0.04)) s = "O'" + s;
    return s;
  }

  /**
   * LCS mostly writes the listed codes; a few legacy rows have other spellings (read as Unknown).
   */
  private String genderText(String gender) {
    if (gender.equals("Unknown"))
      return dice.weighted(List.of("Unknown", "", "Not stated"), 60, 25, 15);
    if (dice.chance(0.03)) return gender.toUpperCase();
    return gender;
  }
}
