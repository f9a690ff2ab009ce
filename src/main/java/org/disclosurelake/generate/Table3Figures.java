package org.disclosurelake.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/**
 * Draws a consistent 表三 and 表四: applications per applicant column, carried over from last year, handled
 * along realistic outcome weights, the rest carried forward; every identity of domain.md §4 holds.
 */
final class Table3Figures {

  static final int COLUMNS = 6;

  // outcome weights in the order of Vocabulary.T3_OUTCOMES_2021 (granted … other.misc)
  private static final double[] WEIGHTS_2021 = {
    30, 8, 0.6, 0.8, 0.3, 1, 1, 2, 0.6, 1.2, 25, 3, 3, 1.5, 3, 0.4, 0.4, 0.6, 4, 0.3, 4
  };
  // 2019: the three (六) rows are one row
  private static final double[] WEIGHTS_2019 = {
    30, 8, 0.6, 0.8, 0.3, 1, 1, 2, 0.6, 1.2, 25, 3, 3, 1.5, 3, 0.4, 0.4, 0.6, 8
  };

  private Table3Figures() {}

  /**
   * Adds 表三 to {@code out} and returns the forward row (what the next year carries over).
   *
   * @param scale the typical number of new applications of this agency
   * @param carried last year's forward row per applicant column
   */
  static long[] draw(SplittableRandom r, Template template, int scale, long[] carried, Map<String, Figures.Printed> out) {
    long[] fresh = new long[COLUMNS];
    fresh[0] = r.nextInt(10) == 0 ? 0 : Math.max(0, Math.round(scale * (0.3 + 1.4 * r.nextDouble())));
    for (int c = 1; c < COLUMNS; c++) {
      double chance = c == 1 ? 0.45 : c == 5 ? 0.25 : 0.12;
      fresh[c] = r.nextDouble() < chance ? 1 + r.nextInt(Math.max(1, scale / (c == 1 ? 6 : 20) + 1)) : 0;
    }
    long[] forward = new long[COLUMNS];
    long[] processed = new long[COLUMNS];
    List<String> outcomes = template == Template.T2021 ? Vocabulary.T3_OUTCOMES_2021 : Vocabulary.T3_OUTCOMES_2019;
    double[] weights = template == Template.T2021 ? WEIGHTS_2021 : WEIGHTS_2019;
    long[][] leaf = new long[outcomes.size()][COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      long work = fresh[c] + carried[c];
      forward[c] = work > 0 && r.nextInt(4) == 0 ? r.nextLong(Math.max(1, work / 8) + 1) : 0;
      processed[c] = work - forward[c];
      allocate(r, processed[c], weights, leaf, c);
    }
    put(out, "new", fresh);
    put(out, "carried", carried);
    for (int i = 0; i < outcomes.size(); i++) {
      put(out, outcomes.get(i), leaf[i]);
    }
    put(out, "processed", processed);
    put(out, "forward", forward);
    return forward;
  }

  /** Spreads {@code n} handled applications of column {@code c} over the outcome rows. */
  private static void allocate(SplittableRandom r, long n, double[] weights, long[][] leaf, int c) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    long left = n;
    // big columns: proportional shares with jitter; the remainder one by one
    if (n > 200) {
      for (int i = 0; i < weights.length; i++) {
        long share = (long) Math.floor(n * weights[i] / sum * (0.7 + 0.3 * r.nextDouble()));
        leaf[i][c] += share;
        left -= share;
      }
    }
    for (long k = 0; k < left; k++) {
      double x = r.nextDouble() * sum;
      int i = 0;
      while (i < weights.length - 1 && x >= weights[i]) {
        x -= weights[i];
        i++;
      }
      leaf[i][c]++;
    }
  }

  private static void put(Map<String, Figures.Printed> out, String row, long[] cols) {
    long total = 0;
    for (int c = 0; c < COLUMNS; c++) {
      out.put(Vocabulary.t3(row, Vocabulary.T3_COLUMNS.get(c)), Figures.Printed.of(cols[c]));
      total += cols[c];
    }
    out.put(Vocabulary.t3(row, "total"), Figures.Printed.of(total));
  }

  /** Adds 表四: three blocks of small counts, each with its total. */
  static void drawTable4(SplittableRandom r, int scale, Map<String, Figures.Printed> out) {
    for (String block : Vocabulary.T4_BLOCKS) {
      int cases = r.nextInt(3) == 0 ? r.nextInt(Math.max(1, scale / (block.equals("review") ? 15 : 30)) + 2) : 0;
      long[] v = new long[4];
      for (int k = 0; k < cases; k++) {
        double x = r.nextDouble();
        v[x < 0.6 ? 0 : x < 0.72 ? 1 : x < 0.85 ? 2 : 3]++;
      }
      for (int i = 0; i < 4; i++) {
        out.put(Vocabulary.t4(block, Vocabulary.T4_COLUMNS.get(i)), Figures.Printed.of(v[i]));
      }
      out.put(Vocabulary.t4(block, "total"), Figures.Printed.of(cases));
    }
  }
}
