package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
   * Two 表三 rows of 40 glued digits (295 bytes) take about a minute; five rows take four. GluedSplitter counts its
   * node budget only in search(), but cut() enumerates every cut position (C(39, k) per row) and place() rejects
   * most of them by the row rule before search() is reached, so the budget never runs out.
   */
  @Test
  @Timeout(30)
  void gluedDigitRowsFinishQuickly() {
    ParseInvariants.check(parse("glued-digits-hang.txt"));
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
