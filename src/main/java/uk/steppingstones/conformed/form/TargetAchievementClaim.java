package uk.steppingstones.conformed.form;

import java.util.ArrayList;
import java.util.List;
import uk.steppingstones.landing.Catalogue;
import uk.steppingstones.landing.FormType;
import uk.steppingstones.landing.PlacementCategory;
import uk.steppingstones.landing.ValueType;

/**
 * SS_TAF: a claim of a step down or avoidance, with its event date and placement categories.
 * Categories are codes (PlacementTo may also be HOME or INDEP); an unlisted one reads as no value.
 */
public final class TargetAchievementClaim extends FormTable {
  @Override
  public String name() {
    return "target_achievement_claim";
  }

  @Override
  public FormType formType() {
    return FormType.SS_TAF;
  }

  @Override
  protected String about() {
    return "Target achievement forms (SS_TAF): a claim of a step down or an avoidance, with its event "
        + "date and placement categories (codes; an unlisted one reads as no value). A completed form with "
        + "ClaimType and EventDate answered is a claim (see claim_savings).";
  }

  @Override
  protected List<Question> questions() {
    ValueType category = ValueType.code(PlacementCategory.codes());
    List<String> destinations = new ArrayList<>(PlacementCategory.codes());
    destinations.addAll(PlacementCategory.NO_COST_DESTINATIONS);
    return List.of(
        Question.single("ClaimType", ValueType.code(List.copyOf(Catalogue.CLAIM_TYPES.keySet())), "claim_type",
            "STEPDOWN Step Down, AVOID Cost Avoidance, AVOIDINC Avoidance of Increased Cost."),
        Question.single("EventDate", ValueType.DATE, "event_date",
            "The day of the step down or avoidance: the first day of the claim's 52-week window."),
        Question.single("PlacementFrom", category, "placement_from",
            "Placement category vacated (Step Down) or currently held (Avoidance of Increased Cost)."),
        Question.single("PlacementTo", ValueType.code(destinations), "placement_to",
            "Where the child went (Step Down): a placement category, HOME (birth or connected family) or INDEP "
                + "(independence)."),
        Question.single("PlacementAvoided", category, "placement_avoided",
            "Placement category avoided (Cost Avoidance, Avoidance of Increased Cost)."));
  }
}
