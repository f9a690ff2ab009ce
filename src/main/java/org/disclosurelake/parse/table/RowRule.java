package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.List;

/**
 * The arithmetic a table row states about itself: groups of cells whose sum is another cell of the row (表三: six
 * applicant columns sum to the total; 表四: four results sum to each block's total). Used to choose among the
 * splits of glued digits.
 *
 * @param sums each entry is {parts..., total}: the cells at the leading indexes sum to the cell at the last index
 */
record RowRule(List<int[]> sums) {

  static final RowRule NONE = new RowRule(List.of());

  /** 表三: columns 0–5 sum to column 6. */
  static final RowRule T3_ROW = new RowRule(List.<int[]>of(new int[] {0, 1, 2, 3, 4, 5, 6}));

  /** 表四: in each block of five, the first four sum to the fifth. */
  static final RowRule T4_ROW =
      new RowRule(
          List.of(new int[] {0, 1, 2, 3, 4}, new int[] {5, 6, 7, 8, 9}, new int[] {10, 11, 12, 13, 14}));

  /**
   * Checks every sum whose last index is {@code justSet}; cells not yet set or without a value make a sum
   * uncheckable, which passes.
   */
  boolean holdsAt(int justSet, BigDecimal[] values) {
    for (int[] s : sums) {
      int last = 0;
      for (int i : s) {
        last = Math.max(last, i);
      }
      if (last != justSet) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (int i = 0; i < s.length - 1; i++) {
        if (values[s[i]] == null) {
          complete = false;
          break;
        }
        sum = sum.add(values[s[i]]);
      }
      BigDecimal total = values[s[s.length - 1]];
      if (complete && total != null && sum.compareTo(total) != 0) {
        return false;
      }
    }
    return true;
  }

  /** True when every sum can be checked (all its cells have values) and holds. */
  boolean holdsStrictly(BigDecimal[] values) {
    for (int[] s : sums) {
      for (int i : s) {
        if (i >= values.length || values[i] == null) {
          return false;
        }
      }
    }
    return holds(values);
  }

  /** True when every sum holds (or cannot be checked) for a complete row. */
  boolean holds(BigDecimal[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!holdsAt(i, values)) {
        return false;
      }
    }
    return true;
  }
}
