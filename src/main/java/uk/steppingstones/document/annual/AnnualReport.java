package uk.steppingstones.document.annual;

import java.util.List;
import uk.steppingstones.document.Page;

/**
 * The annual report of one financial year as one HTML document, laid out as the published report:
 * a first page, then finance, outreach activity, forms, involvement length, family group
 * conferences, and children looked after and PLO.
 */
public final class AnnualReport {
  private AnnualReport() {}

  /** Every gold table the report reads. */
  public static final List<String> TABLES = List.of(
      "headline_summary", "savings_by_placement", "monthly_savings",
      "service_activity", "open_children_monthly", "legal_status_at_start", "allocated_team_at_start", "age_at_start",
      "supervision_timeliness", "forms_created", "planned_outcomes", "focus_counts", "closure_reasons",
      "involvement_duration_summary", "involvement_duration_bands",
      "fgc_referrals_monthly", "fgc_referrals_yearly", "fgc_referrals_by_team", "fgc_status_at_referral", "fgc_meetings",
      "cla_entry_with_ss", "cla_step_down", "cla_step_down_duration", "avoidance_step_up", "plo_overlap");

  /** The id of the closing section listing the records behind the figures. */
  public static final String RECORDS = "records";

  static final List<Section> SECTIONS = List.of(new FinanceSection(), new OutreachSection(), new FormsSection(),
      new InvolvementLengthSection(), new FgcSection(), new ClaPloSection());

  /** The ids of the sections, in order (the anchors of the document). */
  public static List<String> sectionIds() {
    return SECTIONS.stream().map(Section::id).toList();
  }

  /** The whole document. */
  public static String render(AnnualContext c) {
    Page page = c.page;
    page.cover(CoverSection.content(c, SECTIONS));
    for (Section s : SECTIONS) {
      page.section(s.id(), s.title(), s.content(c).toArray());
    }
    // Last: the lists of the figures the sections above linked.
    c.figures.lists().ifPresent(lists -> page.section(RECORDS, "Records behind the figures", lists));
    return page.render();
  }
}
