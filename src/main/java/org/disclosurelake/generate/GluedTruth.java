package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/**
 * Which cells of a report printed with glued digits the document itself does not settle. A row's digits may split
 * several ways; the document settles a cell when every reading that keeps all of its arithmetic gives it the same
 * value: each row's total (表三) and block totals (表四), new + carried = processed + forward and processed = the sum
 * of the outcomes in every 表三 column, 现行有效 ≥ 本年制发 − 本年废止 (表二 2021), and the figures the prose states.
 * The other cells are the truth's ambiguous cells: no value and an AMBIGUOUS_SPLIT finding. Rows with too many
 * readings to enumerate are printed with spaces instead (the only steering left), as are rows with blank cells.
 */
final class GluedTruth {

  /**
   * @param ambiguous the keys the document does not settle
   * @param spaced keys of the rows printed with spaces between their values
   * @param settled keys whose row alone splits several ways, settled by other rows, 表二's rule or the prose
   */
  record Outcome(Set<String> ambiguous, Set<String> spaced, Set<String> settled) {}

  private static final int ROW_LIMIT = 64;
  private static final long COMBINATION_LIMIT = 50_000;
  private static final List<String> BALANCE = List.of("new", "carried", "processed", "forward");

  /** One glued row: its keys and the readings left. */
  private record Row(List<String> keys, List<String[]> readings) {}

  private final Figures f;
  private final Map<String, BigDecimal> prose;
  private final Set<String> ambiguous = new HashSet<>();
  private final Set<String> spaced = new HashSet<>();
  private final Set<String> varying = new HashSet<>();

  private GluedTruth(Figures f, Map<String, BigDecimal> prose) {
    this.f = f;
    this.prose = prose;
  }

  /** @param prose key → value of the figures the report's sentences state */
  static Outcome of(Figures f, Map<String, BigDecimal> prose) {
    GluedTruth g = new GluedTruth(f, prose);
    g.table2();
    g.table3();
    List<String> t4 = new ArrayList<>();
    Vocabulary.T4_BLOCKS.forEach(b -> Vocabulary.T4_COLUMNS.forEach(c -> t4.add(Vocabulary.t4(b, c))));
    g.settle(List.of(g.row(t4, GlueCheck.T4_RULE)));
    Set<String> settled = new HashSet<>(g.varying);
    settled.removeAll(g.ambiguous);
    return new Outcome(Set.copyOf(g.ambiguous), Set.copyOf(g.spaced), Set.copyOf(settled));
  }

  private void table2() {
    boolean t2021 = f.table2() == Template.T2021;
    List<String> docs = t2021 ? List.of("made", "repealed", "valid") : List.of("made", "published", "public_total");
    List<Row> rows = new ArrayList<>();
    for (String item : List.of("rules", "norms")) {
      Row r = row(docs.stream().map(c -> Vocabulary.t2(item, c)).toList(), List.of());
      if (t2021 && r != null) {
        // 现行有效件数 ≥ 本年制发件数 − 本年废止件数
        r.readings().removeIf(s -> num(s[2]).compareTo(num(s[0]).subtract(num(s[1]))) < 0);
      }
      rows.add(r);
    }
    Map<String, List<String>> items = t2021
        ? Map.of("license", List.of("decisions"), "penalty", List.of("decisions"), "coercion", List.of("decisions"),
            "fees", List.of("amount_wan"))
        : Map.of("license", List.of("prev_items", "change", "decisions"),
            "other_services", List.of("prev_items", "change", "decisions"),
            "penalty", List.of("prev_items", "change", "decisions"),
            "coercion", List.of("prev_items", "change", "decisions"), "fees", List.of("prev_items", "change"),
            "procurement", List.of("items", "amount_yuan"));
    items.forEach((item, cols) -> rows.add(row(cols.stream().map(c -> Vocabulary.t2(item, c)).toList(), List.of())));
    for (Row r : rows) {
      settle(List.of(r));
    }
  }

  private void table3() {
    List<Row> rows = new ArrayList<>();
    for (String row : Vocabulary.t3Rows(f.template())) {
      rows.add(row(Vocabulary.T3_COLUMNS.stream().map(c -> Vocabulary.t3(row, c)).toList(), GlueCheck.T3_RULE));
    }
    settle(rows);
  }

  /** The readings of one row that keep its rule and the prose; only the printed one for a row printed spaced. */
  private Row row(List<String> keys, List<int[]> rule) {
    List<String> texts = keys.stream().map(f::text).toList();
    if (texts.stream().anyMatch(String::isEmpty)) {
      return spaced(keys);
    }
    List<String[]> readings = new ArrayList<>(GlueCheck.splits(texts, rule, ROW_LIMIT));
    if (readings.size() > ROW_LIMIT) {
      return spaced(keys);
    }
    for (int c = 0; c < keys.size(); c++) {
      for (String[] other : readings) {
        if (!other[c].equals(readings.get(0)[c])) {
          varying.add(keys.get(c));
        }
      }
    }
    for (int c = 0; c < keys.size(); c++) {
      BigDecimal stated = prose.get(keys.get(c));
      int col = c;
      if (stated != null) {
        readings.removeIf(s -> num(s[col]).compareTo(stated) != 0);
      }
    }
    if (readings.isEmpty()) {
      throw new IllegalStateException("Cannot find the printed reading of glued row " + keys);
    }
    return new Row(keys, readings);
  }

  private Row spaced(List<String> keys) {
    spaced.addAll(keys);
    List<String[]> printed = new ArrayList<>();
    printed.add(keys.stream().map(f::text).toArray(String[]::new));
    return new Row(keys, printed);
  }

  /** Enumerates the readings of rows that hold together (表三's column identities) and records what varies. */
  private void settle(List<Row> rows) {
    List<Row> all = new ArrayList<>(rows);
    List<Row> open = new ArrayList<>();
    for (Row r : all) {
      if (r.readings().size() > 1) {
        open.add(r);
      }
    }
    while (product(open) > COMBINATION_LIMIT) {
      Row widest = open.stream().max((a, b) -> Integer.compare(a.readings().size(), b.readings().size())).orElseThrow();
      open.remove(widest);
      all.set(all.indexOf(widest), spaced(widest.keys()));
    }
    Map<String, String> fixed = new HashMap<>();
    for (Row r : all) {
      if (r.readings().size() == 1) {
        for (int c = 0; c < r.keys().size(); c++) {
          fixed.put(r.keys().get(c), r.readings().get(0)[c]);
        }
      }
    }
    Map<String, Set<String>> seen = new HashMap<>();
    enumerate(open, 0, new HashMap<>(fixed), seen);
    seen.forEach((key, values) -> {
      if (values.size() > 1) {
        ambiguous.add(key);
      }
    });
  }

  private void enumerate(List<Row> open, int i, Map<String, String> cells, Map<String, Set<String>> seen) {
    if (i == open.size()) {
      if (holds(cells)) {
        for (Row r : open) {
          r.keys().forEach(k -> seen.computeIfAbsent(k, x -> new HashSet<>()).add(cells.get(k)));
        }
      }
      return;
    }
    Row r = open.get(i);
    for (String[] reading : r.readings()) {
      for (int c = 0; c < reading.length; c++) {
        cells.put(r.keys().get(c), reading[c]);
      }
      enumerate(open, i + 1, cells, seen);
    }
  }

  /** 表三's column identities, where every term is a glued cell of this table (always true for other tables). */
  private boolean holds(Map<String, String> cells) {
    if (!cells.containsKey(Vocabulary.t3("new", "total"))) {
      return true;
    }
    List<String> rows = Vocabulary.t3Rows(f.template());
    for (String col : Vocabulary.T3_COLUMNS) {
      BigDecimal[] b = new BigDecimal[4];
      for (int k = 0; k < 4; k++) {
        String v = cells.get(Vocabulary.t3(BALANCE.get(k), col));
        b[k] = v == null || v.isEmpty() ? null : num(v);
      }
      if (b[0] != null && b[1] != null && b[2] != null && b[3] != null && b[0].add(b[1]).compareTo(b[2].add(b[3])) != 0) {
        return false;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean all = true;
      for (String row : rows) {
        if (!BALANCE.contains(row)) {
          String v = cells.get(Vocabulary.t3(row, col));
          all &= v != null;
          sum = v == null || v.isEmpty() ? sum : sum.add(num(v));
        }
      }
      if (all && b[2] != null && sum.compareTo(b[2]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static long product(List<Row> rows) {
    long p = 1;
    for (Row r : rows) {
      p = Math.min(Long.MAX_VALUE / 1024, p * r.readings().size());
    }
    return p;
  }

  private static BigDecimal num(String cell) {
    return GlueCheck.number(cell);
  }
}
