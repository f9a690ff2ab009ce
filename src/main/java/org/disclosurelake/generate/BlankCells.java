package org.disclosurelake.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.disclosurelake.report.Vocabulary;

/**
 * Zero cells printed blank, as Word exports of real reports print them ({@code <td>&nbsp;</td>}): every zero of
 * 表三 and 表四, only 表四's, or some of them. A blank cell states nothing, so the truth has no value for it; the
 * identities still hold, the blanks having been zeros.
 */
final class BlankCells {

  // the totals the report's prose states too ("共收到…申请0件"): printed in the table as well
  private static final java.util.Set<String> PROSE = java.util.Set.of(Vocabulary.t3("new", "total"),
      Vocabulary.t3("carried", "total"), Vocabulary.t3("processed", "total"), Vocabulary.t3("forward", "total"));

  private BlankCells() {}

  static Figures apply(SplittableRandom r, Figures f) {
    int mode = r.nextInt(100);
    Map<String, Figures.Printed> blanks = new HashMap<>();
    f.cells().forEach((k, p) -> {
      if (p.value() == null || p.value().signum() != 0 || PROSE.contains(k)) {
        return;
      }
      boolean t3 = k.startsWith("t3.");
      boolean t4 = k.startsWith("t4.");
      boolean blank = mode < 35 ? t3 || t4 : mode < 60 ? t4 : (t3 || t4) && r.nextInt(3) > 0;
      if (blank) {
        blanks.put(k, new Figures.Printed(null, ""));
      }
    });
    return blanks.isEmpty() ? f : f.with(blanks);
  }
}
