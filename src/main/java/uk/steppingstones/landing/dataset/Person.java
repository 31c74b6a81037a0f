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
  public Source source() {
    return Source.CASE_MANAGEMENT;
  }

  @Override
  public String description() {
    return "A person in LCS: a child, or anyone else a Stepping Stones record names. Forename and Surname may be in the file; the pipeline drops them on reading and never writes them anywhere";
  }

  @Override
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PersonID", "person_id", ID, "LCS person id"),
        optional("Gender", "gender", code(List.of("Male", "Female", "Other", "Unknown"), "Unknown"),
            "Anything outside the list reads as Unknown"),
        required("DateOfBirth", "date_of_birth", DATE, "Date of birth; used for ages and the 18th-birthday cut-off, never exported"),
        optional("FamilyID", "family_id", ID, "Household or sibling group; no value means the child is their own family"),
        optional("MergedIntoPersonID", "merged_into_person_id", ID,
            "Set when LCS merged this duplicate record into another person: every record of any dataset naming "
                + "this PersonID then belongs to the surviving person (chains are followed)"));
  }
}
