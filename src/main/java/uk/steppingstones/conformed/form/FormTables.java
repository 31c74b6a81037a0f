package uk.steppingstones.conformed.form;

import java.util.List;

/** The registry of typed form tables; form types not listed stay as headers in lcs_form. */
public final class FormTables {
  private FormTables() {}

  public static final List<FormTable> ALL =
      List.of(new InitialConsultation(), new ClosureRecord(), new TargetAchievementClaim());
}
