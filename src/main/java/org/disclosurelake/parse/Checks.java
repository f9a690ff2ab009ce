package org.disclosurelake.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Vocabulary;

/**
 * The hard identities of domain.md §4 (勾稽关系), checked on the stated values of one report. A sum is checked
 * when its total and at least one of its parts are stated; blank parts add nothing (a blank is not a zero, and
 * the message says which parts were blank).
 */
final class Checks {

  private static final List<String> COLUMNS = Vocabulary.T3_COLUMNS;
  private static final String[] COLUMN_NAMES = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

  // the keys each check reads, built once: building them per report took a good part of the checks' time
  private static final List<List<String>> BALANCE_KEYS = perColumn(List.of("new", "carried", "processed", "forward"));
  private static final List<String> LEAF_ROWS = leafRows();
  private static final List<List<String>> LEAF_KEYS = perColumn(LEAF_ROWS);
  private static final List<List<String>> GROUP_KEYS = perColumn(Vocabulary.T3_GROUPS);
  private static final List<String> GROUP_PREFIXES =
      Vocabulary.T3_GROUPS.stream().map(g -> "t3." + g + ".").toList();
  private static final List<String> ALL_ROWS = Vocabulary.allT3Rows();
  private static final List<List<String>> ROW_PARTS =
      ALL_ROWS.stream().map(row -> COLUMNS.subList(0, 6).stream().map(col -> k(row, col)).toList()).toList();
  private static final List<List<String>> T4_PARTS =
      Vocabulary.T4_BLOCKS.stream()
          .map(block -> Vocabulary.T4_COLUMNS.subList(0, 4).stream().map(col -> Vocabulary.t4(block, col)).toList())
          .toList();

  private Checks() {}

  static List<Finding> run(Map<String, BigDecimal> v) {
    List<Finding> out = new ArrayList<>();
    balance(v, out);
    outcomes(v, out);
    rows(v, out);
    table4(v, out);
    nonNegative(v, out);
    return out;
  }

  /** T3-BAL: new + carried = processed + forward, per column. */
  private static void balance(Map<String, BigDecimal> v, List<Finding> out) {
    for (int c = 0; c < COLUMNS.size(); c++) {
      List<String> keys = BALANCE_KEYS.get(c);
      if (!keys.stream().allMatch(v::containsKey)) {
        continue;
      }
      BigDecimal left = v.get(keys.get(0)).add(v.get(keys.get(1)));
      BigDecimal right = v.get(keys.get(2)).add(v.get(keys.get(3)));
      if (left.compareTo(right) != 0) {
        out.add(
            Finding.of(
                FindingCode.T3_BAL,
                String.format(
                    "表三 %s: 本年新收 %s + 上年结转 %s = %s, but 总计 %s + 结转下年度 %s = %s",
                    COLUMN_NAMES[c], p(v, keys.get(0)), p(v, keys.get(1)), left.toPlainString(), p(v, keys.get(2)),
                    p(v, keys.get(3)), right.toPlainString()),
                keys));
      }
    }
  }

  /** T3-OUT: processed = the sum of the outcome rows, per column. */
  private static void outcomes(Map<String, BigDecimal> v, List<Finding> out) {
    for (int c = 0; c < COLUMNS.size(); c++) {
      String total = BALANCE_KEYS.get(c).get(2); // processed
      if (!v.containsKey(total)) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String leaf : LEAF_KEYS.get(c)) {
        if (v.containsKey(leaf)) {
          parts.add(leaf);
        }
      }
      for (int g = 0; g < GROUP_PREFIXES.size(); g++) {
        String prefix = GROUP_PREFIXES.get(g);
        boolean hasLeaf = parts.stream().anyMatch(p -> p.startsWith(prefix));
        String groupKey = GROUP_KEYS.get(c).get(g);
        if (!hasLeaf && v.containsKey(groupKey)) {
          parts.add(groupKey);
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      BigDecimal sum = sum(v, parts);
      if (sum.compareTo(v.get(total)) != 0) {
        List<String> keys = new ArrayList<>(parts);
        keys.add(total);
        out.add(
            Finding.of(
                FindingCode.T3_OUT,
                String.format(
                    "表三 %s: the outcome rows sum to %s (%s) but (七)总计 says %s",
                    COLUMN_NAMES[c], sum.toPlainString(), nonZeroTerms(v, parts), p(v, total)),
                keys));
      }
    }
  }

  /** T3-ROW: a row's total = the sum of its six applicant columns. */
  private static void rows(Map<String, BigDecimal> v, List<Finding> out) {
    for (int r = 0; r < ALL_ROWS.size(); r++) {
      String row = ALL_ROWS.get(r);
      String total = k(row, "total");
      if (!v.containsKey(total)) {
        continue; // the same test partsSum starts with, before the message format is built
      }
      partsSum(v, ROW_PARTS.get(r), total, FindingCode.T3_ROW,
          "表三 row " + row + ": the applicant columns sum to %s (%s) but 总计 says %s", out);
    }
  }

  /** T4-SUM: upheld + corrected + other + pending = total, per block. */
  private static void table4(Map<String, BigDecimal> v, List<Finding> out) {
    for (int b = 0; b < Vocabulary.T4_BLOCKS.size(); b++) {
      String block = Vocabulary.T4_BLOCKS.get(b);
      partsSum(v, T4_PARTS.get(b), Vocabulary.t4(block, "total"), FindingCode.T4_SUM,
          "表四 " + block + ": 维持+纠正+其他+未审结 = %s (%s) but 总计 says %s", out);
    }
  }

  /**
   * Checks that the stated parts add up to the stated total; skipped when the total or every part is blank. The
   * message format takes the sum, the non-zero terms and the total.
   */
  private static void partsSum(
      Map<String, BigDecimal> v, List<String> candidates, String total, FindingCode code, String format,
      List<Finding> out) {
    if (!v.containsKey(total)) {
      return;
    }
    List<String> parts = new ArrayList<>(candidates.size());
    for (String part : candidates) {
      if (v.containsKey(part)) {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    BigDecimal sum = sum(v, parts);
    if (sum.compareTo(v.get(total)) != 0) {
      List<String> keys = new ArrayList<>(parts);
      keys.add(total);
      out.add(Finding.of(code, String.format(format, sum.toPlainString(), nonZeroTerms(v, parts), p(v, total)), keys));
    }
  }

  /** NONNEG: counts are non-negative integers; money is non-negative; only 本年增/减 may be negative. */
  private static void nonNegative(Map<String, BigDecimal> v, List<Finding> out) {
    for (Map.Entry<String, BigDecimal> e : v.entrySet()) {
      String key = e.getKey();
      BigDecimal value = e.getValue();
      boolean money = key.endsWith(".amount_wan") || key.endsWith(".amount_yuan");
      boolean signed = key.endsWith(".change");
      if (!signed && value.signum() < 0) {
        out.add(Finding.of(FindingCode.NONNEG, key + " is negative: " + value.toPlainString(), List.of(key)));
      } else if (!money && value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
        out.add(Finding.of(FindingCode.NONNEG, key + " is not a whole number: " + value.toPlainString(), List.of(key)));
      }
    }
  }

  private static List<List<String>> perColumn(List<String> rows) {
    return COLUMNS.stream().map(col -> rows.stream().map(row -> k(row, col)).toList()).toList();
  }

  private static List<String> leafRows() {
    Set<String> rows = new LinkedHashSet<>(Vocabulary.T3_OUTCOMES_2019);
    rows.addAll(Vocabulary.T3_OUTCOMES_2021);
    return List.copyOf(rows);
  }

  private static String k(String row, String col) {
    return Vocabulary.t3(row, col);
  }

  private static BigDecimal sum(Map<String, BigDecimal> v, List<String> keys) {
    BigDecimal s = BigDecimal.ZERO;
    for (String key : keys) {
      s = s.add(v.get(key));
    }
    return s;
  }

  private static String p(Map<String, BigDecimal> v, String key) {
    return v.get(key).toPlainString();
  }

  /** "granted 7 + partial 6 + …" listing only the non-zero terms, to keep messages readable. */
  private static String nonZeroTerms(Map<String, BigDecimal> v, List<String> keys) {
    List<String> terms = new ArrayList<>();
    for (String key : keys) {
      if (v.get(key).signum() != 0) {
        terms.add(key + "=" + v.get(key).toPlainString());
      }
    }
    return terms.isEmpty() ? "all zero" : String.join(" + ", terms);
  }
}
