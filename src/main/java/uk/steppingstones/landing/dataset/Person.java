package uk.steppingstones.landing.dataset;

import static uk.steppingstones.landing.ContractColumn.optional;
import static uk.steppingstones.landing.ContractColumn.required;
import static uk.steppingstones.landing.ValueType.*;

import java.util.List;
import uk.steppingstones.landing.ContractColumn;
import uk.steppingstones.landing.DatasetContract;

/** LCS people. Forename and Surname are personal data and never read past landing. */
public final class Person extends DatasetContract {
  @Override
  public String name() {
    return "person";
  }

  @Override
  protected String row() {
    return "person (PersonID)";
  }

  @Override
  protected String about() {
    return "People on LCS: the children and the adults of their families. Forename and Surname are personal data: "
        + "dropped the moment a file is read, never stored. A person LCS merged into another keeps their own row "
        + "here; every other table names the surviving person.";
  }

  @Override
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PersonID", "person_id", ID,
            "LCS person id (here the record's own id, not the surviving person)."),
        optional("Gender", "gender", code(List.of("Male", "Female", "Other", "Unknown"), "Unknown"),
            "Male, Female, Other or Unknown; anything else reads as Unknown."),
        required("DateOfBirth", "date_of_birth", DATE,
            "Date of birth: ages at start, the 18th-birthday cut-off of step-down events. Never written to a gold "
                + "table."),
        optional("FamilyID", "family_id", ID,
            "Household or sibling group; empty when the child is their own family."),
        optional("MergedIntoPersonID", "merged_into_person_id", ID,
            "The person LCS merged this duplicate record into; chains are followed to the surviving person (ids "
                + "on a cycle stay themselves and are reported)."));
  }
}
