package org.disclosurelake.generate;

import java.util.SplittableRandom;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/**
 * Makes a report's own numbers disagree the way real reports do: a 表四 total off by some cases, an outcome row
 * that does not add up to (七)总计, a carried-forward row that breaks the balance, or two rows whose applicant
 * columns no longer sum to their totals. The truth's findings are computed from the result, not assumed.
 */
final class Breakage {

  /** The kinds of break, each aimed at one check. */
  enum Kind {
    T4_SUM,
    T3_OUT,
    T3_BAL,
    T3_ROW
  }

  private Breakage() {}

  static Figures apply(SplittableRandom r, Figures f) {
    if (f.template() == Template.PRE2019) {
      // a report without applications states no answers that could be off
      return f.count("t3.new.total") == 0 ? f : bump(f, "t3.processed.total", 1 + r.nextInt(5));
    }
    Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
    int d = 1 + r.nextInt(9);
    switch (kind) {
      case T4_SUM -> {
        String block = Vocabulary.T4_BLOCKS.get(r.nextInt(3));
        return bump(f, Vocabulary.t4(block, "total"), d);
      }
      case T3_OUT -> {
        return bump(bump(f, "t3.granted.natural", d), "t3.granted.total", d);
      }
      case T3_BAL -> {
        return bump(bump(f, "t3.forward.natural", d), "t3.forward.total", d);
      }
      default -> {
        long partial = f.count("t3.partial.natural");
        long granted = f.count("t3.granted.natural");
        if (partial == 0 && granted == 0) {
          return bump(bump(f, "t3.granted.natural", d), "t3.granted.total", d);
        }
        int sign = partial > 0 ? 1 : -1;
        long m = Math.max(1, Math.min(d, sign > 0 ? partial : granted));
        return bump(bump(f, "t3.granted.natural", sign * m), "t3.partial.natural", -sign * m);
      }
    }
  }

  private static Figures bump(Figures f, String key, long d) {
    return f.with(key, Figures.Printed.of(f.count(key) + d));
  }
}
