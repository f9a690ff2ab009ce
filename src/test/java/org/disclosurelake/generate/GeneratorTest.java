package org.disclosurelake.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosurelake.accuracy.Comparison;
import org.disclosurelake.accuracy.Expected;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private static List<GeneratedDocument> corpus(long seed, double broken, int count) {
    CorpusGenerator g = new CorpusGenerator(seed, broken);
    List<GeneratedDocument> out = new ArrayList<>();
    for (CorpusGenerator.Series s : g.plan(count)) {
      g.make(s, out::add);
    }
    return out;
  }

  @Test
  void sameSeedGivesSameBytes() {
    List<GeneratedDocument> a = corpus(42, 0.2, 20);
    List<GeneratedDocument> b = corpus(42, 0.2, 20);
    assertEquals(20, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).name(), b.get(i).name());
      assertArrayEquals(a.get(i).bytes(), b.get(i).bytes());
      assertEquals(a.get(i).expected().format(), b.get(i).expected().format());
    }
  }

  @Test
  void cleanDocumentsFailNoCheckAndBrokenOnesDo() {
    for (GeneratedDocument d : corpus(3, 0, 40)) {
      assertEquals(Set.of(), d.expected().findings(), d.name());
    }
    long broken = corpus(3, 1, 40).stream().filter(d -> !d.expected().findings().isEmpty()).count();
    assertTrue(broken >= 30, "broken documents with findings: " + broken);
  }

  @Test
  void carriedOverEqualsLastYearsForward() {
    CorpusGenerator g = new CorpusGenerator(11, 0);
    for (CorpusGenerator.Series s : g.plan(60)) {
      List<GeneratedDocument> docs = new ArrayList<>();
      g.make(s, docs::add);
      for (int i = 1; i < docs.size(); i++) {
        var prev = docs.get(i - 1).expected().facts().get("t3.forward.total");
        var carried = docs.get(i).expected().facts().get("t3.carried.total");
        if (prev != null && carried != null) {
          assertEquals(0, prev.compareTo(carried), docs.get(i).name());
        }
      }
    }
  }

  @Test
  void sizesAreLikeRealReports() {
    for (GeneratedDocument d : corpus(5, 0, 30)) {
      int kb = d.bytes().length / 1024;
      assertTrue(kb >= 8 && kb <= 200, d.name() + " is " + kb + " KB");
    }
  }

  @Test
  void glueCheckTellsUniqueSplits() {
    assertTrue(GlueCheck.unique(List.of("80", "1", "0", "0", "0", "0", "81"), GlueCheck.T3_RULE));
    assertTrue(GlueCheck.unique(List.of("0", "0", "0"), List.of()));
    assertFalse(GlueCheck.unique(List.of("77", "132", "470"), List.of()));
    // 1|10|11 and 11|0|11 both hold when glued as "11011"
    assertFalse(GlueCheck.unique(List.of("1", "10", "0", "0", "0", "0", "11"), GlueCheck.T3_RULE));
  }

  @Test
  void pdfDocumentsParseToExactlyTheirTruth() {
    List<GeneratedDocument> pdfs = new ArrayList<>();
    for (double broken : new double[] {0, 1}) {
      corpus(7, broken, 150).stream().filter(d -> d.name().endsWith(".pdf")).forEach(pdfs::add);
    }
    CorpusGenerator g = new CorpusGenerator(9, 0);
    pdfs.add(g.sample(1, "pdf", 2019, 20_000));
    pdfs.add(g.sample(2, "pdf", 2023, 20_000));
    assertParseToTheirTruth("PDF", pdfs);
  }

  @Test
  void markdownDocumentsParseToExactlyTheirTruth() {
    List<GeneratedDocument> docs = new ArrayList<>();
    for (double broken : new double[] {0, 1}) {
      corpus(11, broken, 120).stream().filter(d -> d.name().endsWith(".md")).forEach(docs::add);
    }
    for (GeneratedDocument d : docs) {
      // ASCII markup reads the same in UTF-8 and GB18030
      String markup = new String(d.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(markup.contains("\n| --- | --- |") && markup.contains("\n## "), d.name() + " is not Markdown");
    }
    assertParseToTheirTruth("Markdown", docs);
  }

  /** Every fact and absence of every document as its truth says, both templates, some documents broken. */
  private static void assertParseToTheirTruth(String form, List<GeneratedDocument> docs) {
    ReportParser parser = new ReportParser();
    Set<String> templates = new java.util.TreeSet<>();
    int withFindings = 0;
    for (GeneratedDocument d : docs) {
      Expected e = d.expected();
      ParseResult r = parser.parse(d.bytes(), d.name());
      Comparison c = Comparison.of(d.name(), e, r);
      assertTrue(c.ok(), () -> d.name() + ":\n  " + String.join("\n  ", c.mismatches()));
      assertEquals(e.facts().size() + e.absent().size(), c.factsChecked(), d.name());
      assertTrue(c.factsChecked() > 100, d.name() + " states only " + c.factsChecked() + " facts and absences");
      templates.add(e.template());
      withFindings += e.findings().isEmpty() ? 0 : 1;
    }
    assertEquals(Set.of("2019", "2021"), templates, form);
    assertTrue(withFindings >= 3, "broken " + form + " documents: " + withFindings);
    assertTrue(docs.size() >= 10, form + " documents: " + docs.size());
  }

  @Test
  void pdfBytesDependOnlyOnTheSeed() {
    GeneratedDocument a = new CorpusGenerator(4, 0).sample(5, "pdf", 2021, 15_000);
    GeneratedDocument b = new CorpusGenerator(4, 0).sample(5, "pdf", 2021, 15_000);
    assertTrue(new String(a.bytes(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertArrayEquals(a.bytes(), b.bytes());
  }
}
