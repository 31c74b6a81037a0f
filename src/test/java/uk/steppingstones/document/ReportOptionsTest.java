package uk.steppingstones.document;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Options and formats, without Spark. */
class ReportOptionsTest {
  @Test
  void options() {
    ReportOptions o = ReportOptions.parse("--lake", "l", "--out", "o", "--fy", "2023-24", "--as-published", "2025-03-31");
    assertEquals(new ReportOptions("l", "o", Optional.of("2023-24"), Optional.of("2025-03-31"), false, 14), o);
    assertTrue(ReportOptions.parse("--lake", "l", "--out", "o", "--data-quality", "--nights", "3").dataQuality());
    assertEquals(3, ReportOptions.parse("--lake", "l", "--out", "o", "--data-quality", "--nights", "3").nights());
    assertThrows(BadInput.class, () -> ReportOptions.parse("--lake", "l", "--out", "o", "--data-quality", "--fy", "2023-24"));
    assertThrows(BadInput.class, () -> ReportOptions.parse("--lake", "l", "--out", "o", "--nights", "3"));
    assertThrows(BadInput.class, () -> ReportOptions.parse("--lake", "l", "--out", "o", "--data-quality", "--nights", "0"));
    assertThrows(BadInput.class, () -> ReportOptions.parse("--lake", "l", "--out", "o", "stray"));
  }

  @Test
  void formats() {
    assertEquals("£3,189,728", Html.money(new BigDecimal("3189727.50")));
    assertEquals("-£89,728", Html.money(new BigDecimal("-89728.49")));
    assertEquals("£3.190m", Html.moneyShort(new BigDecimal("3189727.50")));
    assertEquals("£89,728", Html.moneyShort(new BigDecimal("89728")));
    assertEquals("38.25%", Html.pct(38.25));
    assertEquals("30%", Html.pct(30.0));
    assertEquals("1,234", Html.count(1234L));
    assertEquals("204.5 days", Html.days(204.5));
    assertEquals("&lt;b&gt;&amp;&quot;", Html.esc("<b>&\""));
  }

  @Test
  void figuresGoThroughTheDrillThroughHook() {
    FigureId id = FigureId.of("cla_step_down", "2024-25", "with_ss");
    assertEquals("<span class=\"figure\" data-figure=\"cla_step_down:2024-25:with_ss\">55</span>",
        new Figures(DrillThrough.NONE).show(id, "55").html());
    DrillThrough details = f -> f.table().equals("cla_step_down") ? Optional.of("#cla_step_down_detail-" + f.row())
        : Optional.empty();
    assertEquals("<a class=\"figure\" data-figure=\"cla_step_down:2024-25:with_ss\" href=\"#cla_step_down_detail-2024-25\">55</a>",
        new Figures(details).show(id, "55").html());
  }
}
