package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.parse.pdf.Fixtures;
import org.disclosurelake.parse.pdf.TableFinderFault;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A bug of ours surfaces as an internal error that the fuzz oracle fails on; a broken file stays a rejection. */
class InternalErrorTest {

  private static final String PDF = "real/淮安市洪泽区人民政府_2024.pdf";
  private static final ReportParser PARSER = new ReportParser();

  @Test
  void aRuntimeExceptionInTableFinderIsAnInternalErrorThatFailsTheOracle() {
    ParseResult result;
    try (TableFinderFault fault = TableFinderFault.inject()) {
      result = PARSER.parse(Fixtures.bytes(PDF), PDF);
    }
    assertTrue(result.isRejected(), "the fault must not vanish");
    Rejection r = result.rejection();
    assertTrue(r.isInternalError(), r::reason);
    assertTrue(r.reason().startsWith("internal error: java.lang.IllegalStateException: " + TableFinderFault.MESSAGE
        + " at "), r::reason);
    assertTrue(r.reason().contains("parse.pdf.TableFinder.find(TableFinder.java:"), r::reason);
    assertEquals(PDF, r.source());
    assertEquals("pdf", r.detectedType());
    assertThrows(AssertionFailedError.class, () -> ParseInvariants.check(result));
  }

  @Test
  void withoutTheFaultTheSamePdfParsesAndPassesTheOracle() {
    ParseResult result = PARSER.parse(Fixtures.bytes(PDF), PDF);
    assertFalse(result.isRejected(), () -> result.rejection().reason());
    ParseInvariants.check(result);
  }

  @Test
  void aBrokenPdfIsStillARejectionWithAClearReason() {
    byte[] pdf = Fixtures.bytes(PDF);
    byte[] head = Arrays.copyOf(pdf, 600); // the header and a few objects, no cross-reference table, no pages
    ParseResult result = PARSER.parse(head, "cut.pdf");
    assertTrue(result.isRejected());
    assertFalse(result.rejection().isInternalError(), result.rejection()::reason);
    ParseInvariants.check(result);
  }
}
