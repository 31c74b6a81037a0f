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
  protected List<ContractColumn> ownColumns() {
    return List.of(
        required("PersonID", "person_id", ID),
        optional("Gender", "gender", code(List.of("Male", "Female", "Other", "Unknown"), "Unknown")),
        required("DateOfBirth", "date_of_birth", DATE),
        optional("FamilyID", "family_id", ID),
        optional("MergedIntoPersonID", "merged_into_person_id", ID));
  }
}
