package uk.steppingstones.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aligned table and the CSV, from rows as text (no Spark needed). */
class ResultPrinterTest {

  private static ResultPrinter.Text text(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    return new ResultPrinter.Text(columns, numeric, rows.iterator());
  }

  @Test
  void tableAlignsColumnsRightAlignsNumbersAndCountsRows() {
    String table = TablePrinter.format(text(List.of("financial_year", "amount", "note"), List.of(false, true, false),
        List.of(List.of("2023-24", "1234.50", "first\nline"), Arrays.asList("2024-25", "7.00", null),
            Arrays.asList("2025-26", null, "x"))), 100);
    assertEquals("""
        financial_year |  amount | note
        ---------------+---------+------------
        2023-24        | 1234.50 | first\\nline
        2024-25        |    7.00 | NULL
        2025-26        |    NULL | x
        (3 rows)
        """, table);
  }

  @Test
  void tableSaysWhenRowsWereLeftOut() {
    String table = TablePrinter.format(text(List.of("n"), List.of(true),
        List.of(List.of("1"), List.of("2"), List.of("3"))), 2);
    assertTrue(table.endsWith("(2 rows; more not shown: add LIMIT, or use --max-rows N or --csv)\n"), table);
    assertFalse(table.contains("3"), table);
    assertTrue(TablePrinter.format(text(List.of("n"), List.of(true), List.of(List.of("1"))), 5).endsWith("(1 row)\n"));
  }

  @Test
  void tableCutsVeryLongValues() {
    String table = TablePrinter.format(text(List.of("t"), List.of(false), List.of(List.of("x".repeat(500)))), 5);
    assertTrue(table.contains("x".repeat(TablePrinter.MAX_WIDTH - 3) + "...\n"), table);
  }

  @Test
  void csvIsRfc4180() {
    StringBuilder out = new StringBuilder();
    CsvPrinter.write(text(List.of("name", "amount"), List.of(false, true),
        List.of(List.of("a, \"quoted\" name", "1.50"), Arrays.asList("two\nlines", null))), out);
    assertEquals("name,amount\r\n\"a, \"\"quoted\"\" name\",1.50\r\n\"two\nlines\",\r\n", out.toString());
  }
}
