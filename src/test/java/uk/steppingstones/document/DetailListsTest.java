package uk.steppingstones.document;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The report's drill-through: which detail rows a figure links to, and what the list says. */
class DetailListsTest {
  /** A detail table's shape: the parent's keys, then the columns every detail table has. */
  private static StructType detail(String... keys) {
    StructType t = new StructType();
    for (String k : keys) {
      t = t.add(k, DataTypes.StringType);
    }
    return t.add("figure", DataTypes.StringType)
        .add("child_key", DataTypes.StringType)
        .add("record_type", DataTypes.StringType)
        .add("record_id", DataTypes.StringType)
        .add("record_date", DataTypes.DateType)
        .add("amount", DataTypes.createDecimalType(18, 2));
  }

  private static final StructType STEP_DOWN_DETAIL = detail("financial_year");
  private static final StructType TEAM_DETAIL = detail("financial_year", "team_group", "team_name");

  private static Row stepDown(String fy, String figure, String child, String episode) {
    return new GenericRowWithSchema(new Object[] {fy, figure, child, "episode", episode,
        java.sql.Date.valueOf(fy.substring(0, 4) + "-06-01"), null}, STEP_DOWN_DETAIL);
  }

  private static Row team(String fy, String group, String team, String child, String involvement) {
    return new GenericRowWithSchema(new Object[] {fy, group, team, "children", child, "involvement", involvement,
        java.sql.Date.valueOf(fy.substring(0, 4) + "-05-01"), null}, TEAM_DETAIL);
  }

  private static final Map<String, List<Row>> DETAILS = Map.of(
      "cla_step_down", List.of(
          stepDown("2024-25", "children_stepped_down", "c1", "E1"),
          stepDown("2024-25", "children_stepped_down", "c1", "E2"),
          stepDown("2024-25", "children_stepped_down", "c2", "E3"),
          stepDown("2023-24", "children_stepped_down", "c3", "E4"),
          stepDown("2024-25", "with_ss", "c2", "I9")),
      "allocated_team_at_start", List.of(
          team("2024-25", "CLA Permanency", "Permanency 1", "c1", "I1"),
          team("2024-25", "CLA Permanency", "Permanency 2", "c2", "I2"),
          team("2024-25", "Assessment", "Assessment 1", "c3", "I3"),
          team("2023-24", "CLA Permanency", "Permanency 1", "c4", "I4")));

  @Test
  void aFigureLinksToTheRecordsOfItsRowAndColumnOnly() {
    DetailLists lists = new DetailLists(DETAILS);
    Optional<String> href = lists.target(FigureId.of("cla_step_down", "2024-25", "children_stepped_down"));
    assertEquals(Optional.of("#records-1"), href);
    String html = lists.lists().orElseThrow().toString();
    // Two children from three records: the heading states the figure the records give.
    assertTrue(html.contains("cla_step_down 2024-25, children_stepped_down: 2 children (3 records)"), html);
    assertTrue(html.contains("<td>E1") && html.contains("<td>E2") && html.contains("<td>E3"), html);
    assertFalse(html.contains("E4"), "another year's record is not listed");
    assertFalse(html.contains("I9"), "another column's record is not listed");
    assertTrue(html.contains("id=\"records-1\""));
  }

  @Test
  void theSameFigureShownTwiceHasOneList() {
    DetailLists lists = new DetailLists(DETAILS);
    FigureId id = FigureId.of("cla_step_down", "2024-25", "with_ss");
    assertEquals(lists.target(id), lists.target(id));
    assertEquals(1, lists.anchors().size());
  }

  @Test
  void aFigureWithoutRecordsOrWithoutADetailTableIsPlainText() {
    DetailLists lists = new DetailLists(DETAILS);
    assertEquals(Optional.empty(), lists.target(FigureId.of("cla_step_down", "2022-23", "children_stepped_down")));
    assertEquals(Optional.empty(), lists.target(FigureId.of("cla_step_down", "2024-25", "pct")), "a percentage");
    assertEquals(Optional.empty(), lists.target(FigureId.of("plo_overlap", "2024-25", "plo_children")));
    assertEquals(Optional.empty(), lists.lists());
    String text = new Figures(lists).show(FigureId.of("cla_step_down", "2022-23", "children_stepped_down"), "0").toString();
    assertTrue(text.startsWith("<span"), text);
  }

  @Test
  void aFigureOverSeveralRowsNamesAKeyColumnByItsLastWord() {
    DetailLists lists = new DetailLists(DETAILS);
    assertTrue(lists.target(FigureId.of("allocated_team_at_start", "2024-25/group/CLA Permanency", "children")).isPresent());
    String html = lists.lists().orElseThrow().toString();
    assertTrue(html.contains("2 children (2 records)"), html);
    assertTrue(html.contains("<td>I1") && html.contains("<td>I2"), html);
    assertFalse(html.contains("<td>I3") || html.contains("<td>I4"), html);
  }

  @Test
  void aRowIdMatchesKeyValuesInAnyOrderEachOnce() {
    List<String> keys = List.of("financial_year", "team_name", "team_group");
    Row r = team("2024-25", "Assessment", "Assessment", "c1", "I1");
    assertTrue(DetailLists.matches(r, keys, "2024-25/Assessment/Assessment"));
    assertTrue(DetailLists.matches(r, keys, "Assessment/2024-25"));
    assertFalse(DetailLists.matches(r, keys, "2024-25/Assessment/Assessment/Assessment"));
    assertFalse(DetailLists.matches(r, keys, "2023-24/Assessment"));
    assertFalse(DetailLists.matches(r, keys, "2024-25/group/Other"));
    Row slashes = team("2024-25", "Child", "Exploitation (criminal/sexual)", "c1", "I1");
    assertTrue(DetailLists.matches(slashes, keys, "2024-25/Child/Exploitation (criminal/sexual)"));
    assertFalse(DetailLists.matches(slashes, keys, "2024-25/Child/Exploitation (criminal"));
  }

  @Test
  void moneyListsShowAmountsAndTheirSum() {
    Row a = new GenericRowWithSchema(new Object[] {"2024-25", "step_down_savings", "c1", "claim", "F1",
        java.sql.Date.valueOf("2024-07-01"), new BigDecimal("1000.10")}, STEP_DOWN_DETAIL);
    Row b = new GenericRowWithSchema(new Object[] {"2024-25", "step_down_savings", "c2", "claim", "F2",
        java.sql.Date.valueOf("2024-08-01"), new BigDecimal("250.00")}, STEP_DOWN_DETAIL);
    DetailLists lists = new DetailLists(Map.of("headline_summary", List.of(a, b)));
    assertTrue(lists.target(FigureId.of("headline_summary", "2024-25", "step_down_savings")).isPresent());
    String html = lists.lists().orElseThrow().toString();
    assertTrue(html.contains("amount</th>"), html);
    assertTrue(html.contains(Html.esc(Html.money(new BigDecimal("1250.10")))), html);
    assertTrue(html.contains(Html.esc(Html.money(new BigDecimal("250.00")))), html);
  }
}
