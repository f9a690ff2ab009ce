package org.disclosurelake.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;

/** What every parse result must satisfy, whatever the input: the oracle of the fuzz targets. */
final class ParseInvariants {

  /** Key prefixes of the fact vocabulary (domain.md §3). */
  static final List<String> PREFIXES = List.of("t2.", "t3.", "t4.", "proactive.");

  private ParseInvariants() {}

  static void check(ParseResult result) {
    assertNotNull(result, "parse returned null");
    if (result.isRejected()) {
      checkRejection(result.rejection());
    } else {
      checkReport(result.report());
    }
  }

  private static void checkRejection(Rejection rejection) {
    assertFalse(rejection.reason().isBlank(), "rejection without a reason");
    // a bug of ours caught by the parser (InternalErrors) is always a finding, whatever the input
    assertFalse(rejection.isInternalError(), rejection::reason);
  }

  private static void checkReport(Report report) {
    Set<String> keys = new HashSet<>();
    for (Fact fact : report.facts()) {
      assertTrue(keys.add(fact.key()), () -> "duplicate fact key " + fact.key());
      if (fact.hasValue()) {
        assertTrue(PREFIXES.stream().anyMatch(fact.key()::startsWith), () -> "key outside the vocabulary: " + fact);
      }
    }
    assertEquals(keys.size(), report.facts().size());
  }
}
