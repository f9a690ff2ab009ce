package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.disclosurelake.report.Vocabulary;

/**
 * The hard checks of domain.md §4, written apart from the parser's so that a generated truth does not inherit the
 * parser's mistakes: the exact set of check codes a document's own numbers fail. A sum is checked when its total
 * and at least one part are stated; blank cells add nothing.
 */
final class TruthChecks {

  private TruthChecks() {}

  static TreeSet<String> failing(Map<String, BigDecimal> v) {
    TreeSet<String> codes = new TreeSet<>();
    List<String> outcomes = new ArrayList<>(Vocabulary.T3_OUTCOMES_2019);
    outcomes.addAll(Vocabulary.T3_OUTCOMES_2021.subList(Vocabulary.T3_OUTCOMES_2021.size() - 3, Vocabulary.T3_OUTCOMES_2021.size()));
    for (String col : Vocabulary.T3_COLUMNS) {
      BigDecimal n = v.get(Vocabulary.t3("new", col));
      BigDecimal c = v.get(Vocabulary.t3("carried", col));
      BigDecimal p = v.get(Vocabulary.t3("processed", col));
      BigDecimal f = v.get(Vocabulary.t3("forward", col));
      if (n != null && c != null && p != null && f != null && n.add(c).compareTo(p.add(f)) != 0) {
        codes.add("T3-BAL");
      }
      if (p != null && !sumHolds(v, outcomes, "t3.", "." + col, p, true)) {
        codes.add("T3-OUT");
      }
    }
    for (String row : Vocabulary.allT3Rows()) {
      BigDecimal total = v.get(Vocabulary.t3(row, "total"));
      List<String> cols = Vocabulary.T3_COLUMNS.subList(0, 6);
      if (total != null && !sumHolds(v, cols, "t3." + row + ".", "", total, false)) {
        codes.add("T3-ROW");
      }
    }
    for (String block : Vocabulary.T4_BLOCKS) {
      BigDecimal total = v.get(Vocabulary.t4(block, "total"));
      if (total != null && !sumHolds(v, Vocabulary.T4_COLUMNS.subList(0, 4), "t4." + block + ".", "", total, false)) {
        codes.add("T4-SUM");
      }
    }
    for (Map.Entry<String, BigDecimal> e : v.entrySet()) {
      boolean money = e.getKey().endsWith(".amount_wan") || e.getKey().endsWith(".amount_yuan");
      if (!e.getKey().endsWith(".change") && e.getValue().signum() < 0
          || !money && e.getValue().stripTrailingZeros().scale() > 0) {
        codes.add("NONNEG");
      }
    }
    return codes;
  }

  /** Whether the stated parts (prefix + part + suffix) sum to {@code total}; true when no part is stated. */
  private static boolean sumHolds(Map<String, BigDecimal> v, List<String> parts, String prefix, String suffix,
      BigDecimal total, boolean groups) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (String part : parts) {
      BigDecimal x = v.get(prefix + part + suffix);
      if (x != null) {
        sum = sum.add(x);
        any = true;
      }
    }
    if (groups) {
      for (String g : Vocabulary.T3_GROUPS) {
        boolean leaf = false;
        for (String part : parts) {
          leaf |= part.startsWith(g + ".") && v.containsKey(prefix + part + suffix);
        }
        BigDecimal x = v.get(prefix + g + suffix);
        if (!leaf && x != null) {
          sum = sum.add(x);
          any = true;
        }
      }
    }
    return !any || sum.compareTo(total) == 0;
  }
}
