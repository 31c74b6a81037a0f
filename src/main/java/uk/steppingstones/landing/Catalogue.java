package uk.steppingstones.landing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coded answers of Stepping Stones forms (inputs.md, "Question codes"), code to report
 * wording, in the report's order.
 */
public final class Catalogue {
  private Catalogue() {}

  public static final Map<String, String> PLANNED_OUTCOMES =
      ordered(
          "EOC", "Edge of Care",
          "REUNIFY", "Reunification Home",
          "AVOIDRES", "Avoid Step up to Residential",
          "SDFOSTER", "Step Down to Foster Care",
          "INDEP", "Transition to Independence / Supported Lodging");

  public static final Map<String, String> CHILD_FOCUSES =
      ordered(
          "WISHES", "Wishes and feelings",
          "LIVEDEXP", "Explore lived experience",
          "BESPOKE", "Bespoke work with the child to support them",
          "RELATION", "Relationship rebuilding within the family",
          "IDENTITY", "Increasing sense of identity",
          "EDUC", "Support with Education / NEET / possible exclusions",
          "VIOLENCE", "Reducing violence to peers and family",
          "EXPLOIT", "Exploitation (criminal/sexual)",
          "MH", "Mental Health Support",
          "SELFHARM", "Self-harm behaviours",
          "MISSING", "Reduced missing episodes",
          "SUBST", "Substance Misuse Support",
          "INDEP", "Preparing for Independence",
          "HEALTH", "Improved health conditions");

  public static final Map<String, String> ADULT_FOCUSES =
      ordered(
          "LIVEDEXP", "Explore lived experience",
          "IDENTITY", "Increasing sense of identity",
          "DA", "Domestic abuse support / perpetrator work",
          "MH", "Mental Health Support",
          "LIFESKILLS", "Life skills and budgeting (skills to manage a home)",
          "SUBST", "Substance Misuse Support",
          "HOUSING", "Housing Support",
          "COMMUNITY", "Community support / increase network",
          "RISK", "Support with understanding positive risk taking",
          "EMPLOY", "Employment / career opportunities (signpost to services)",
          "ASC", "Adults Service Support",
          "LD", "Support if a learning disability is a barrier",
          "CRIME", "Reduce criminality");

  public static final Map<String, String> PARENT_FOCUSES =
      ordered(
          "CONFIDENCE", "Confidence building with parenting",
          "IMPACT", "Increase understanding of impact of adult behaviours on child",
          "RELATION", "Relationship rebuilding within the family",
          "SAFETY", "Safety planning",
          "COMMUNITY", "Accessing the community as a family",
          "CPV", "Reduction in child harming a parent");

  public static final Map<String, String> REASONS_NOT_ACHIEVED =
      ordered(
          "NONENG", "Non-engagement",
          "RISK", "Outcomes not achieved due to risks escalating",
          "PLANCHG", "Plan changed",
          "MOVED", "Family moved out of area",
          "OTHER", "Other");

  public static final Map<String, String> CLAIM_TYPES =
      ordered(
          "STEPDOWN", "Step Down",
          "AVOID", "Cost Avoidance",
          "AVOIDINC", "Avoidance of Increased Cost");

  private static Map<String, String> ordered(String... codeThenLabel) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codeThenLabel.length; i += 2) {
      m.put(codeThenLabel[i], codeThenLabel[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
