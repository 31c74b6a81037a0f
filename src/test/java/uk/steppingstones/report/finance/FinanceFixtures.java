package uk.steppingstones.report.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import uk.steppingstones.SparkTest;
import uk.steppingstones.common.ChildKey;
import uk.steppingstones.report.ReportInputs;

/**
 * Helpers of the finance tests: tiny conformed frames written as text and the report inputs over
 * them. Unit costs used throughout (unless a test says otherwise):
 *
 * <pre>
 *   2023-24 EXTFOST  700.00 counts
 *   2024-25 EXTRES  4000.00 counts   2024-25 EXTFOST 770.00 counts
 *   2024-25 INTFOST  300.00 counts   2024-25 INTRES 3500.00 does NOT count
 *   (no SUPPACC or PACRES rows)
 * </pre>
 */
abstract class FinanceFixtures extends SparkTest {
  static final LocalDate A = LocalDate.of(2025, 3, 31);
  static final ChildKey KEY = new ChildKey("test-key");

  static final String CLAIM_HEADER =
      "form_id|person_id|step_status|created_at|claim_type|event_date|placement_from|placement_to|placement_avoided";
  static final String COST_HEADER = "placement_cost_id|person_id|placement_category|start_date|end_date|weekly_cost";
  static final String UNIT_HEADER = "financial_year|placement_category|weekly_cost|counts_for_savings";
  static final String TARGET_HEADER = "financial_year|month|target_amount";

  static final String[] STANDARD_UNITS = {
    "2023-24|EXTFOST|700.00|true",
    "2024-25|EXTRES|4000.00|true",
    "2024-25|EXTFOST|770.00|true",
    "2024-25|INTFOST|300.00|true",
    "2024-25|INTRES|3500.00|false"
  };

  /** The child key of a person id, as the tables write it. */
  static String key(String personId) {
    return KEY.of(personId);
  }

  /**
   * A completed claim row, created at noon on its event date: form|person|type|event|from|to|avoided.
   */
  static String claim(String form, String person, String type, String event, String from, String to, String avoided) {
    return String.join("|", form, person, "C", event + " 12:00:00", type, event, n(from), n(to), n(avoided));
  }

  private static String n(String s) {
    return s == null ? "" : s;
  }

  static Dataset<Row> claims(String... rows) {
    return conformed("target_achievement_claim", CLAIM_HEADER, rows);
  }

  static Dataset<Row> costs(String... rows) {
    return conformed("placement_cost", COST_HEADER, rows);
  }

  static Dataset<Row> units(String... rows) {
    return conformed("unit_cost", UNIT_HEADER, rows);
  }

  static Dataset<Row> targets(String... rows) {
    return conformed("savings_target", TARGET_HEADER, rows);
  }

  static Inputs with(Dataset<Row> claims) {
    return new Inputs().claims(claims);
  }

  /** A small builder of report inputs; standard unit costs, no placement costs, no targets. */
  static final class Inputs {
    private final Map<String, Dataset<Row>> tables = new HashMap<>();
    private LocalDate asOf = A;

    Inputs() {
      tables.put("unit_cost", FinanceFixtures.units(STANDARD_UNITS));
    }

    Inputs claims(Dataset<Row> d) {
      tables.put("target_achievement_claim", d);
      return this;
    }

    Inputs costs(String... rows) {
      tables.put("placement_cost", FinanceFixtures.costs(rows));
      return this;
    }

    Inputs units(String... rows) {
      tables.put("unit_cost", FinanceFixtures.units(rows));
      return this;
    }

    Inputs targets(String... rows) {
      tables.put("savings_target", FinanceFixtures.targets(rows));
      return this;
    }

    Inputs asOf(LocalDate a) {
      asOf = a;
      return this;
    }

    ReportInputs build() {
      return ReportInputs.of(spark, Map.copyOf(tables), asOf, KEY);
    }
  }

  /** Asserts the exact column names and Spark SQL types of a table, in order. */
  static void assertSchema(Dataset<Row> df, String... nameColonType) {
    StringBuilder got = new StringBuilder();
    for (StructField f : df.schema().fields()) {
      got.append(f.name()).append(':').append(f.dataType().simpleString()).append('\n');
    }
    assertEquals(String.join("\n", nameColonType) + "\n", got.toString());
  }
}
