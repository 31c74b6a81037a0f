package uk.steppingstones.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.actions.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;
import uk.steppingstones.common.ColumnDoc;
import uk.steppingstones.common.ColumnDoc.Role;
import uk.steppingstones.common.DeltaWriter;
import uk.steppingstones.common.Lake;
import uk.steppingstones.common.TableDoc;

/**
 * Every report table declares exactly the columns it builds, each with a role that fits its type,
 * and a written gold table carries the declaration as Delta column comments and table description.
 */
class ReportTableDocsTest extends ReportTest {
  @TempDir Path tmp;

  @Test
  void everyBuiltColumnIsDeclaredAndEveryDeclaredColumnIsBuilt() {
    ReportInputs in = inputs();
    List<String> problems = new ArrayList<>();
    for (ReportTable t : ReportTables.ALL) {
      List<String> built = List.of(t.build(in).columns());
      List<String> declared = t.doc().names();
      if (!built.equals(declared)) {
        problems.add(t.name() + ": built " + built + " but declared " + declared);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void rolesFitTheColumnTypes() {
    ReportInputs in = inputs();
    List<String> problems = new ArrayList<>();
    for (ReportTable t : ReportTables.ALL) {
      TableDoc doc = t.doc();
      if (doc.columns().stream().noneMatch(c -> c.role() == Role.KEY)) {
        problems.add(t.name() + " has no KEY column");
      }
      for (StructField f : t.build(in).schema().fields()) {
        ColumnDoc c = doc.column(f.name()).orElseThrow();
        String type = f.dataType().simpleString();
        boolean fits = switch (c.role()) {
          case CHILDREN, RECORDS -> type.equals("bigint");
          case MONEY -> type.equals("decimal(18,2)");
          case KEY, VALUE -> true;
        };
        if (!fits) {
          problems.add(t.name() + "." + f.name() + " is " + c.role() + " but " + type);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void rolesOfFiguresThatAddUp() {
    assertEquals(Role.MONEY, role("monthly_savings", "step_down_amount"));
    assertEquals(Role.MONEY, role("monthly_savings", "total_amount"));
    assertEquals(Role.VALUE, role("monthly_savings", "running_total"));
    assertEquals(Role.VALUE, role("monthly_savings", "variance"));
    assertEquals(Role.MONEY, role("claim_savings", "amount"));
    assertEquals(Role.VALUE, role("claim_savings", "weekly_rate"));
    assertEquals(Role.CHILDREN, role("headline_summary", "children_avoided"));
    assertEquals(Role.VALUE, role("headline_summary", "target_met"));
    assertEquals(Role.CHILDREN, role("savings_by_placement", "carry_over_children"));
    assertEquals(Role.RECORDS, role("forms_created", "forms"));
    assertEquals(Role.RECORDS, role("planned_outcomes", "selections"));
    assertEquals(Role.VALUE, role("planned_outcomes", "pct"));
    assertEquals(Role.RECORDS, role("involvement_duration_summary", "involvements"));
    assertEquals(Role.VALUE, role("involvement_duration_summary", "mean_days"));
    assertEquals(Role.CHILDREN, role("cla_entry_with_ss", "with_ss"));
    assertEquals(Role.KEY, role("cla_step_down_duration", "with_ss"));
    assertEquals(Role.VALUE, role("service_activity", "max_open_month_end"));
    assertEquals(Role.RECORDS, role("fgc_referrals_yearly", "referrals"));
    assertEquals(Role.CHILDREN, role("fgc_referrals_yearly", "children_referred"));
    assertEquals(Role.RECORDS, role("fgc_meetings", "meetings"));
  }

  @Test
  void writtenGoldTablesCarryTheirDescriptions() throws Exception {
    Lake lake = new Lake(spark, tmp.resolve("lake").toString());
    ReportInputs in = inputs();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      new ReportStage(new DeltaWriter(lake)).build(ReportTables.ALL, in, pool);
      for (ReportTable t : ReportTables.ALL) {
        String path = lake.report(t.name());
        assertEquals(0, lake.version(path), t.name() + ": created in one commit, described in it");
        assertDescribed(path, t.doc());
      }

      // DESCRIBE TABLE shows the comments, DESCRIBE TABLE EXTENDED the description.
      String headline = lake.report("headline_summary");
      Map<String, String> described = new TreeMap<>();
      for (Row r : spark.sql("DESCRIBE TABLE EXTENDED delta.`" + Path.of(headline).toAbsolutePath() + "`")
          .collectAsList()) {
        // Columns: (name, type, comment); the table's details: (name, value, "").
        boolean detail = r.getString(2) == null || r.getString(2).isEmpty();
        described.put(r.getString(0), detail ? r.getString(1) : r.getString(2));
      }
      TableDoc doc = new uk.steppingstones.report.finance.HeadlineSummary().doc();
      assertEquals(doc.column("children_avoided").orElseThrow().description(), described.get("children_avoided"));
      assertEquals(doc.description(), described.get("Comment"));

      // A table described differently (here, before its description changed) is brought in line
      // once; a table already described costs no commit beyond its overwrite.
      String plo = lake.report("plo_overlap");
      String open = lake.report("open_children_monthly");
      spark.sql("COMMENT ON TABLE delta.`" + Path.of(plo).toAbsolutePath() + "` IS 'an older description'");
      spark.sql("ALTER TABLE delta.`" + Path.of(plo).toAbsolutePath() + "` ALTER COLUMN involved_before "
          + "COMMENT 'an older comment'");
      long ploBefore = lake.version(plo);
      long openBefore = lake.version(open);
      List<ReportTable> two = ReportTables.ALL.stream()
          .filter(t -> t.name().equals("plo_overlap") || t.name().equals("open_children_monthly")).toList();
      ReportInputs oneInvolvement = inputs("ss_involvement",
          conformed("ss_involvement", "involvement_id|person_id|start_date", "I1|P1|2025-01-06"));
      new ReportStage(new DeltaWriter(lake)).build(two, oneInvolvement, pool);
      assertEquals(openBefore + 1, lake.version(open), "the overwrite only");
      assertEquals(ploBefore + 2, lake.version(plo), "the overwrite (its columns), then the description");
      for (ReportTable t : two) {
        assertDescribed(lake.report(t.name()), t.doc());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertDescribed(String path, TableDoc doc) {
    Metadata m = DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty()).metadata();
    assertEquals(doc.description(), m.description(), path);
    StructType schema = m.schema();
    assertEquals(doc.names(), List.of(schema.fieldNames()), path);
    for (StructField f : schema.fields()) {
      assertEquals(doc.column(f.name()).orElseThrow().description(), TableDoc.comment(f).orElse(null),
          path + " column " + f.name());
    }
  }

  private static Role role(String table, String column) {
    return ReportTables.ALL.stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow()
        .doc().column(column).orElseThrow().role();
  }
}
