package uk.steppingstones.document.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each problem the nightly job reports means, in plain words, and what to change in the LCS
 * extract (or the finance export) so the next night loads the line. Matched on the start of the
 * reason as the run record and quarantine word it.
 */
public final class ReasonGuide {
  private ReasonGuide() {}

  /** Plain words for one reason. */
  public record Advice(String meaning, String fix) {}

  private static final Map<String, Advice> GUIDE = new LinkedHashMap<>();

  static {
    put("missing required value", "The column must have a value on every line, and this line has none (blank; for an "
        + "id also -1 or 0; for a date also 01/01/1900).", "Fill the value in the source record, or leave records "
        + "without it out of the extract query.");
    put("unreadable datetime", "The value is not a date and time the contract reads: yyyy-MM-dd HH:mm[:ss] or "
        + "dd/MM/yyyy HH:mm[:ss], with a real date and time of day.", "Export date-times as yyyy-MM-dd HH:mm:ss, and "
        + "correct impossible dates or times in the source.");
    put("unreadable date", "The value is not a date the contract reads (yyyy-MM-dd or dd/MM/yyyy, a time after it "
        + "allowed), or it is a day that does not exist, such as 31/02/2024.", "Export dates as yyyy-MM-dd, and "
        + "correct impossible dates in the source record.");
    put("unreadable money", "The value is not an amount in pounds: digits with at most two decimal places, "
        + "optionally a leading £ and thousands commas (1,234.56).", "Export amounts as plain numbers such as 1234.56, "
        + "never text such as TBC or n/a.");
    put("unreadable yes/no", "The value is not one of Yes/No, Y/N, True/False or 1/0.", "Export the field as Yes or No.");
    put("unreadable financial year", "The value is not a financial year written like 2024-25 (the second part the "
        + "year after the first).", "Export financial years as yyyy-yy, e.g. 2024-25.");
    put("unreadable month", "The value is not a month written yyyy-MM.", "Export months as yyyy-MM, e.g. 2024-04.");
    put("unknown code", "The value is not one of the codes the landing contract lists for this column.",
        "Check the code in the source record; if LCS has a new code, ask the pipeline team to add it to the contract.");
    put("wrong number of fields", "The line has more or fewer fields than the header. Usually a comma or a line break "
        + "inside a free-text field that is not in quotes. No value of such a line can be trusted, so none is kept.",
        "Put every text field in double quotes, and double any quote inside it (standard CSV, RFC 4180).");
    put("EndDate before StartDate", "The end date is before the start date.", "Correct the dates in the source record.");
    put("negative money", "A weekly cost below zero; costs are never negative.", "Correct the cost in the finance "
        + "system; refunds and adjustments do not belong in this extract.");
    put("not valid UTF-8", "The file is not UTF-8 text (often Windows-1252 from Excel, where £, é or curly quotes "
        + "differ), so no line of it was loaded.", "Export the file as UTF-8 (with or without a byte-order mark).");
    put("empty file", "The file has no header line, so no line of it was loaded.", "Check the export job; an "
        + "extract with no records must still have its header line.");
    put("the header names column", "The header names the same column twice, so which one to read is not known and "
        + "no line of the file was loaded.", "Remove the duplicate column from the export.");
    put("missing required column", "The header lacks a column the landing contract requires, so no line of the file "
        + "was loaded.", "Add the column to the export (headers are matched ignoring case and order).");
    put("unknown question code", "Answers to LCS questions that no form table of the pipeline knows. They are kept "
        + "in raw but appear in no report.", "If the form was changed in LCS, ask the pipeline team to add the "
        + "question; otherwise check the QuestionCode values of the extract.");
    put("not a dataset of the landing contract", "The file name is not <dataset>_<yyyyMMdd>[_n].csv of a dataset of "
        + "the contract, so the job left the file alone and loaded nothing from it.", "Rename the file to the "
        + "contract's pattern, or remove it from the landing folder.");
    put("merge cycle", "Person records merged into each other in a loop (A into B and B into A, or longer), so the "
        + "surviving person cannot be known; they are left unmerged.", "Correct MergedIntoPersonID in LCS. The ids are "
        + "in the run record (ops/run_record, merge_cycles) for those with access to the lake.");
  }

  private static void put(String start, String meaning, String fix) {
    GUIDE.put(start, new Advice(meaning, fix));
  }

  /** The advice for a reason (or a rejection message); a general advice when none is known. */
  public static Advice of(String reason) {
    String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Advice> e : GUIDE.entrySet()) {
      if (r.startsWith(e.getKey().toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return new Advice("A problem the pipeline reported: " + (reason == null ? "no reason given" : reason) + ".",
        "Check the line against the landing contract (inputs.md), or ask the pipeline team.");
  }

  /** Every reason the guide knows, for the glossary. */
  public static Map<String, Advice> all() {
    return GUIDE;
  }
}
