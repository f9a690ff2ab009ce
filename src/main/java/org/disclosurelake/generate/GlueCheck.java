package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a row's values, printed without separators, can be cut back into its cells one way only: no
 * number has a leading zero, and the row's own sums (each {parts…, total}) must hold. Signs and spaces are cell
 * boundaries, as for the parser. Used to decide which rows of a glued document must keep spaces.
 */
final class GlueCheck {

  static final List<int[]> T3_RULE = List.<int[]>of(new int[] {0, 1, 2, 3, 4, 5, 6});
  static final List<int[]> T4_RULE =
      List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 7, 8, 9}, new int[] {10, 11, 12, 13, 14});

  private final List<String> chunks;
  private final int cells;
  private final List<int[]> rule;
  private final String[] cur;
  private final int limit;
  private final List<String[]> splits = new ArrayList<>();
  private int found;

  private GlueCheck(List<String> chunks, int cells, List<int[]> rule, int limit) {
    this.chunks = chunks;
    this.cells = cells;
    this.rule = rule;
    this.cur = new String[cells];
    this.limit = limit;
  }

  /** True when the glued texts split back into exactly these cells and no other way. */
  static boolean unique(List<String> texts, List<int[]> rule) {
    String glued = String.join("", texts);
    GlueCheck g = new GlueCheck(chunks(glued), texts.size(), rule, 1);
    g.search(0, 0);
    return g.found == 1;
  }

  /**
   * Every way the glued texts split into {@code texts.size()} cells that keep the rule's sums, the printed one among
   * them; more than {@code limit} ways gives {@code limit + 1} of them.
   */
  static List<String[]> splits(List<String> texts, List<int[]> rule, int limit) {
    GlueCheck g = new GlueCheck(chunks(String.join("", texts)), texts.size(), rule, limit);
    g.search(0, 0);
    return g.splits;
  }

  private static List<String> chunks(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '-' || c == '+' || c == '减' || c == '增' || c == ' ') && b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
      if (c != ' ') {
        b.append(c);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  private void search(int chunk, int cell) {
    if (found > limit) {
      return;
    }
    if (chunk == chunks.size()) {
      if (cell == cells && holds()) {
        found++;
        splits.add(cur.clone());
      }
      return;
    }
    String c = chunks.get(chunk);
    String sign = c.startsWith("减") || c.startsWith("增") || c.startsWith("-") || c.startsWith("+") ? c.substring(0, 1) : "";
    int end = c.length();
    while (end > sign.length() && "万元亿".indexOf(c.charAt(end - 1)) >= 0) {
      end--;
    }
    cut(sign + "", c.substring(sign.length(), end), c.substring(end), chunk, cell, true);
  }

  /** Cuts {@code digits} into numbers placed from {@code cell} on, then goes on with the next chunk. */
  private void cut(String sign, String digits, String unit, int chunk, int cell, boolean first) {
    if (cell >= cells) {
      return;
    }
    for (int end = 1; end <= digits.length(); end++) {
      String head = digits.substring(0, end);
      boolean last = end == digits.length();
      if (!valid(head) || !last && (digits.charAt(end - 1) == '.' || digits.charAt(end) == '.')) {
        continue;
      }
      cur[cell] = (first ? sign : "") + head + (last ? unit : "");
      if (last) {
        search(chunk + 1, cell + 1);
      } else {
        cut(sign, digits.substring(end), unit, chunk, cell + 1, false);
      }
    }
  }

  private static boolean valid(String s) {
    if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.indexOf('.') != s.lastIndexOf('.')) {
      return false;
    }
    return !(s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.');
  }

  private boolean holds() {
    for (int[] sum : rule) {
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < sum.length - 1; i++) {
        total = total.add(number(cur[sum[i]]));
      }
      if (total.compareTo(number(cur[sum[sum.length - 1]])) != 0) {
        return false;
      }
    }
    return true;
  }

  static BigDecimal number(String cell) {
    StringBuilder b = new StringBuilder(cell.length());
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '减' || c == '-') {
        b.append('-');
      } else if (c >= '0' && c <= '9' || c == '.') {
        b.append(c);
      }
    }
    return new BigDecimal(b.toString());
  }
}
