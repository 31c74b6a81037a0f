package uk.steppingstones.conformed.form;

import java.util.List;
import org.apache.spark.sql.Column;

/** The registry of typed form tables; form types not listed stay as headers in lcs_form. */
public final class FormTables {
  private FormTables() {}

  public static final List<FormTable> ALL =
      List.of(new InitialConsultation(), new ClosureRecord(), new TargetAchievementClaim());

  /** Whether a (lowercased) question code is a question of any typed form table. */
  public static Column isKnownQuestion(Column question) {
    return ALL.stream().map(f -> f.knows(question)).reduce(Column::or).orElseThrow();
  }
}
