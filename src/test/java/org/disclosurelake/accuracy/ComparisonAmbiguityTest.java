package org.disclosurelake.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;
import org.disclosurelake.report.Template;
import org.junit.jupiter.api.Test;

/** Cells a document leaves undecided are counted apart: left empty with a finding, valued, or empty unflagged. */
class ComparisonAmbiguityTest {

  private static final Expected EXPECTED = Expected.parse(String.join("\n",
      "agency\t某县人民政府", "year\t2021", "template\t2021", "classes\tglued,ambiguous-glue",
      "findings\tAMBIGUOUS_SPLIT", "fact\tt4.review.total\t11", "ambiguous\tt4.review.upheld",
      "ambiguous\tt4.review.corrected", "ambiguous\tt4.suit_direct.upheld", ""));

  private static ParseResult parsed(List<Fact> facts, List<Finding> findings) {
    return ParseResult.of(new Report("x.txt", "00", "某县人民政府", 2021, Template.T2021, Form.TEXT, null, null, "UTF-8",
        facts, findings, "test"));
  }

  @Test
  void expectedFileKeepsAmbiguousCellsAndClasses() {
    assertEquals(Set.of("t4.review.upheld", "t4.review.corrected", "t4.suit_direct.upheld"), EXPECTED.ambiguous());
    assertEquals(List.of("glued", "ambiguous-glue"), EXPECTED.classes());
    assertEquals(EXPECTED, Expected.parse(EXPECTED.format()));
    assertFalse(EXPECTED.facts().containsKey("t4.review.upheld"));
  }

  @Test
  void eachAmbiguousCellIsCountedOnce() {
    ParseResult r = parsed(
        List.of(Fact.number("t4.review.total", BigDecimal.valueOf(11), "", "", "11"),
            Fact.number("t4.suit_direct.upheld", BigDecimal.ONE, "", "", "1"),
            Fact.empty("t4.review.corrected", Semantics.BLANK, "", "", "")),
        List.of(Finding.of(FindingCode.AMBIGUOUS_SPLIT, "glued", List.of("t4.review.upheld"))));
    Comparison c = Comparison.of("x.txt", EXPECTED, r);
    assertEquals(new Comparison.Ambiguity(3, 1, 1, 1), c.ambiguity());
    assertTrue(c.mismatches().stream().anyMatch(m -> m.startsWith("t4.suit_direct.upheld: expected no value")), c.toString());
    assertEquals(0, c.factsWrong(), c.toString());

    AccuracyReport report = new AccuracyReport();
    report.add(EXPECTED, c);
    assertTrue(report.text().contains(
        "ambiguous cells (not in facts): 3 expected empty; left empty with a finding 1, given a value 1, "
            + "left empty without a finding 1"), report.text());
    assertTrue(report.text().lines().anyMatch(l -> l.matches("ambiguous-glue +1 +0 +1 +1 +100\\.00 +1/3 +0")), report.text());
    assertTrue(report.json().contains("\"ambiguous\":{\"expected\":3,\"flagged\":1,\"valued\":1,\"unflagged\":1}"));
  }

  @Test
  void aWrongValueWithoutAnyFindingIsSilent() {
    Expected e = Expected.parse("year\t2021\nfact\tproactive.total\t159\nfact\tt3.new.total\t21\nabsent\tt3.new.legal\n");
    ParseResult r = parsed(List.of(Fact.narrative("proactive.total", BigDecimal.valueOf(7), "7", false),
        Fact.number("t3.new.legal", BigDecimal.ZERO, "", "", "0")), List.of());
    Comparison c = Comparison.of("x.txt", e, r);
    // 7 for 159 and a value where the cell is blank are wrong; the missing 21 is not a wrong value
    assertEquals(2, c.silentWrong(), c.toString());
    AccuracyReport report = new AccuracyReport();
    report.add(e, c);
    assertTrue(report.text().contains("documents with wrong values and no finding at all: 1 (2 values)"), report.text());
    Comparison flagged = Comparison.of("x.txt", e, parsed(r.report().facts(),
        List.of(Finding.of(FindingCode.TXT_TAB, "prose 159, table 7", List.of("proactive.total")))));
    assertEquals(0, flagged.silentWrong());
  }
}
