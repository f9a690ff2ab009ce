package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * Findings of the fuzzers and the hostile-file tests, each as a plain input and the behaviour we want: regression
 * tests for the fixes (GluedSplitter counts every cut against its budget; a title alone is no report).
 */
class FuzzFindingsTest {

  private static final ReportParser PARSER = new ReportParser();

  private static ParseResult parse(String resource) {
    return PARSER.parse(PdfMutations.load("/org/disclosurelake/fuzz/findings/" + resource), resource);
  }

  /**
   * Two 表三 rows of 40 glued digits (295 bytes) once took about a minute, five rows four: GluedSplitter counted its
   * node budget only in search(), while cut() enumerated every cut position (C(39, k) per row) unbudgeted. The
   * bound on work is now the splitter's node budget (GluedSplitterTest.longInputEndsWithinBudget); here the
   * document must end as one clear result that keeps the invariants. No time is asserted.
   */
  @Test
  void gluedDigitRowsEndAsAClearResult() {
    ParseResult result = parse("glued-digits-hang.txt");
    ParseInvariants.check(result);
    assertTrue(result.isRejected(), () -> String.valueOf(result.report()));
    assertTrue(result.rejection().reason().startsWith("no report content"), result.rejection()::reason);
  }

  /** A title alone, with no table, no sentence and no figure, is not a report. */
  @Test
  void titleAloneIsNotAReport() {
    ParseResult result =
        PARSER.parse("某某市人民政府2021年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8), "title.txt");
    assertTrue(result.isRejected(), () -> String.valueOf(result.report()));
    assertEquals("text", result.rejection().detectedType());
  }
}
