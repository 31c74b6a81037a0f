package uk.steppingstones.document.quality;

import java.util.List;
import java.util.Optional;
import uk.steppingstones.document.Figures;
import uk.steppingstones.document.GoldData;
import uk.steppingstones.document.LakeReader;
import uk.steppingstones.document.Page;
import uk.steppingstones.document.RunInfo;

/**
 * The data-quality report for the people who own the extracts: the last nights' problems per
 * dataset, worst first, their trend, the rejected files and quarantine reasons in plain words with
 * what to change, and every quarantined line's file, line, column and reason (never its values).
 */
public final class DataQualityReport {
  private DataQualityReport() {}

  /** Lines listed per file at most; the rest are counted. */
  static final int LINES_PER_FILE = 200;

  public static final List<String> TABLES = List.of("data_quality_nightly", "data_quality_reasons");

  /** Reads what it shows from the lake (I/O), then renders. */
  public static String render(LakeReader lake, RunInfo last, int nights, Figures figures) {
    GoldData gold = lake.gold(TABLES, Optional.empty());
    return render(QualityData.of(gold, nights, lake::quarantineLines), last, nights, figures);
  }

  /** The document, from the rows (no I/O). */
  static String render(QualityData d, RunInfo last, int nightsAsked, Figures figures) {
    Page page = new Page("Stepping Stones data quality, nights to " + last.asOf());
    page.cover(QualitySections.cover(d, last, nightsAsked, figures));
    page.section("datasets", "Problems by dataset, worst first", QualitySections.byDataset(d, figures, page).toArray());
    page.section("reasons", "What went wrong, and what to change", QualitySections.reasons(d, figures).toArray());
    page.section("lines", "Quarantined lines", QualitySections.lines(d).toArray());
    page.section("guide", "What each problem means", QualitySections.guide());
    return page.render();
  }
}
