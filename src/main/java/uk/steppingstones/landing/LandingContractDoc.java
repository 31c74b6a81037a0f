package uk.steppingstones.landing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.steppingstones.conformed.form.FormTable;
import uk.steppingstones.conformed.form.FormTables;

/**
 * The parts of {@code docs/landing.md} that the contract classes say, so the document the data
 * owners read cannot drift from what the pipeline reads: the datasets, each dataset's columns
 * (type, required, meaning), its key and quarantine reasons, the form types, question codes and
 * code lists. The rest of the document is prose. Each generated part sits between
 *
 * <pre>
 *   &lt;!-- generated from the contract classes by jobs/landing-doc.sh: NAME --&gt;
 *   &lt;!-- end of generated NAME --&gt;
 * </pre>
 *
 * and {@link #render} replaces what is between with what the classes say now.
 *
 * <pre>
 *   LandingContractDoc FILE      (jobs/landing-doc.sh rewrites docs/landing.md)
 * </pre>
 */
public final class LandingContractDoc {
  private static final Pattern REGION = Pattern.compile(
      "(<!-- generated from the contract classes by jobs/landing-doc\\.sh: ([a-z_ -]+) -->\\n)(.*?)(<!-- end of generated \\2 -->)",
      Pattern.DOTALL);

  private LandingContractDoc() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LandingContractDoc FILE");
      System.exit(1);
    }
    Path file = Path.of(args[0]);
    Files.writeString(file, render(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    System.out.println("wrote the generated parts of " + file);
  }

  /**
   * The document with every generated part as the contract classes say it now.
   *
   * @throws IllegalArgumentException when a part names nothing known, or a dataset has no part
   */
  public static String render(String doc) {
    Map<String, String> parts = parts();
    Matcher m = REGION.matcher(doc);
    StringBuilder out = new StringBuilder();
    List<String> seen = new ArrayList<>();
    while (m.find()) {
      String name = m.group(2);
      String text = parts.get(name);
      if (text == null) {
        throw new IllegalArgumentException("docs/landing.md has a generated part '" + name + "' that nothing generates");
      }
      seen.add(name);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + text + m.group(4)));
    }
    m.appendTail(out);
    List<String> missing = parts.keySet().stream().filter(p -> !seen.contains(p)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("docs/landing.md lacks the generated parts " + missing);
    }
    return out.toString();
  }

  /** Every generated part, by name. */
  static Map<String, String> parts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("datasets", datasets());
    for (DatasetContract d : Datasets.ALL) {
      parts.put("dataset " + d.name(), dataset(d));
    }
    parts.put("form types", formTypes());
    parts.put("question codes", questionCodes());
    parts.put("code lists", codeLists());
    parts.put("quarantine reasons", quarantineReasons());
    return parts;
  }

  private static String datasets() {
    StringBuilder s = new StringBuilder("| dataset | sent by | one record is | key |\n|---|---|---|---|\n");
    for (DatasetContract d : Datasets.ALL) {
      s.append("| [`").append(d.name()).append("`](#").append(d.name()).append(") | ")
          .append(d.source().words()).append(" | ").append(cell(d.doc().about())).append(" | ")
          .append(keyHeaders(d)).append(" |\n");
    }
    return s.toString();
  }

  private static String dataset(DatasetContract d) {
    StringBuilder s = new StringBuilder()
        .append(d.doc().about()).append(" Sent by ").append(d.source().words()).append("; file `")
        .append(d.name()).append("_<yyyyMMdd>.csv`. Key: ").append(keyHeaders(d)).append(".\n\n")
        .append("| column | type | required | meaning |\n|---|---|---|---|\n");
    for (ContractColumn c : d.columns()) {
      s.append("| `").append(c.header()).append("` | ").append(cell(type(c.type()))).append(" | ")
          .append(c.required() ? "yes" : "no").append(" | ").append(cell(c.description())).append(" |\n");
    }
    // Reason, then the columns it can be recorded against, in column order.
    Map<String, List<String>> quarantined = new LinkedHashMap<>();
    Map<String, List<String>> dropped = new LinkedHashMap<>();
    for (ContractColumn c : d.columns()) {
      if (c.required()) {
        quarantined.computeIfAbsent("missing required value", k -> new ArrayList<>()).add(c.header());
      }
    }
    for (ContractColumn c : d.columns()) {
      if (canBeUnreadable(c.type())) {
        (c.required() ? quarantined : dropped).computeIfAbsent(c.type().problem(), k -> new ArrayList<>()).add(c.header());
      }
    }
    d.rowRules().forEach(r -> quarantined.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(r.column()));
    s.append("\nQuarantined, besides `wrong number of fields` (reason: columns): ").append(reasons(quarantined)).append(".\n");
    if (!dropped.isEmpty()) {
      s.append("Read as no value and counted in the data-quality report (reason: columns): ")
          .append(reasons(dropped)).append(".\n");
    }
    return s.toString();
  }

  private static String formTypes() {
    StringBuilder s = new StringBuilder("| FormType | form name (as reported) | answers read into |\n|---|---|---|\n");
    for (FormType t : FormType.values()) {
      String table = FormTables.ALL.stream().filter(f -> f.formType() == t).map(f -> "`" + f.name() + "`")
          .findFirst().orElse("(header only)");
      s.append("| `").append(t.name()).append("` | ").append(t.label()).append(" | ").append(table).append(" |\n");
    }
    return s.toString();
  }

  private static String questionCodes() {
    StringBuilder s = new StringBuilder("| form | QuestionCode | answer | read into |\n|---|---|---|---|\n");
    for (FormTable f : FormTables.ALL) {
      for (FormTable.Question q : f.questionList()) {
        String code = q.options() == null ? "`" + q.code() + "`" : "`" + q.code() + "_<code>`";
        String answer = q.options() == null
            ? type(q.type())
            : "yes/no, one row per option (multi-select); options: " + catalogueName(q.options());
        s.append("| `").append(f.formType().name()).append("` | ").append(code).append(" | ").append(cell(answer))
            .append(" | `").append(f.name()).append('.').append(q.column()).append("` |\n");
      }
    }
    return s.toString();
  }

  private static String codeLists() {
    StringBuilder s = new StringBuilder();
    for (CodeList list : CODE_LISTS) {
      s.append("**").append(list.name()).append("** (`").append(list.questionCode()).append("`)\n\n")
          .append("| code | report wording |\n|---|---|\n");
      list.codes().forEach((code, label) -> s.append("| `").append(code).append("` | ").append(cell(label)).append(" |\n"));
      s.append('\n');
    }
    Map<String, String> categories = new LinkedHashMap<>();
    for (PlacementCategory c : PlacementCategory.values()) {
      categories.put(c.name(), c.label());
    }
    s.append("**Placement categories** (placement_cost, unit_cost, and the SS_TAF placement questions)\n\n")
        .append("| code | report wording |\n|---|---|\n");
    categories.forEach((code, label) -> s.append("| `").append(code).append("` | ").append(label).append(" |\n"));
    s.append("\n`PlacementTo` may also be ")
        .append(String.join(" or ", PlacementCategory.NO_COST_DESTINATIONS.stream().map(c -> "`" + c + "`").toList()))
        .append(" (birth or connected family; independence), which cost nothing.\n");
    return s.toString();
  }

  private static String quarantineReasons() {
    Map<String, List<String>> where = new LinkedHashMap<>();
    where.put("wrong number of fields", new ArrayList<>(List.of("any dataset (no column; no value of the record is kept)")));
    where.put("missing required value", new ArrayList<>(List.of("any required column")));
    for (DatasetContract d : Datasets.ALL) {
      for (ContractColumn c : d.columns()) {
        if (c.required() && canBeUnreadable(c.type())) {
          // The common column once for all datasets, not fifteen times.
          where.computeIfAbsent(c.type().problem(), k -> new ArrayList<>()).add(
              c == DatasetContract.LAST_MODIFIED ? "LastModified (every dataset)" : d.name() + "." + c.header());
        }
      }
      for (RowRule r : d.rowRules()) {
        where.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(d.name() + "." + r.column());
      }
    }
    StringBuilder s = new StringBuilder("| reason | where |\n|---|---|\n");
    where.forEach((reason, at) -> s.append("| `").append(reason).append("` | ")
        .append(String.join(", ", at.stream().distinct().toList())).append(" |\n"));
    return s.toString();
  }

  /** A list of answer codes with their report wording, and the question codes that use it. */
  private record CodeList(String name, String questionCode, Map<String, String> codes) {}

  private static final List<CodeList> CODE_LISTS = List.of(
      new CodeList("Planned outcomes", "PlannedOutcome_<code>", Catalogue.PLANNED_OUTCOMES),
      new CodeList("Child focuses", "ChildFocus_<code>", Catalogue.CHILD_FOCUSES),
      new CodeList("Adult focuses", "AdultFocus_<code>", Catalogue.ADULT_FOCUSES),
      new CodeList("Parent focuses", "ParentFocus_<code>", Catalogue.PARENT_FOCUSES),
      new CodeList("Reasons outcome not achieved", "ReasonNotAchieved", Catalogue.REASONS_NOT_ACHIEVED),
      new CodeList("Claim types", "ClaimType", Catalogue.CLAIM_TYPES));

  private static String catalogueName(Map<String, String> options) {
    return CODE_LISTS.stream().filter(l -> l.codes() == options).map(l -> l.name().toLowerCase(java.util.Locale.ROOT))
        .findFirst().orElseThrow(() -> new IllegalStateException("a multi-select of no listed catalogue"));
  }

  private static String reasons(Map<String, List<String>> byReason) {
    List<String> parts = new ArrayList<>();
    byReason.forEach((reason, columns) ->
        parts.add("`" + reason + "`: " + String.join(", ", columns.stream().map(c -> "`" + c + "`").toList())));
    return String.join("; ", parts);
  }

  /** How a type reads in the document: its kind, and a code's list. */
  static String type(ValueType t) {
    if (t instanceof ValueType.Code c) {
      String codes = String.join(", ", c.codes().stream().map(x -> "`" + x + "`").toList());
      return "code: " + codes + (c.fallback() == null ? "" : " (anything else: `" + c.fallback() + "`)");
    }
    return t.kind();
  }

  /** Ids and text read whatever they hold; a code with a fallback reads anything. */
  private static boolean canBeUnreadable(ValueType t) {
    return t != ValueType.ID && t != ValueType.TEXT && !(t instanceof ValueType.Code c && c.fallback() != null);
  }

  private static String keyHeaders(DatasetContract d) {
    List<String> headers = new ArrayList<>();
    for (String k : d.key()) {
      headers.add("`" + d.column(k).orElseThrow().header() + "`");
    }
    return String.join(" + ", headers);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
