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

  /** The classes the parser read exactly before issue #13's classes were added to the generator. */
  static final Set<String> BASE = Set.of("html", "pdf", "pipe", "markdown", "glued", "narrative", "blank-columns");

  static boolean base(GeneratedDocument d) {
    return BASE.containsAll(d.expected().classes());
  }

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
    List<GeneratedDocument> a = corpus(42, 0.2, 60);
    List<GeneratedDocument> b = corpus(42, 0.2, 60);
    assertEquals(60, a.size());
    assertTrue(a.stream().filter(d -> !base(d)).count() >= 10, "documents of the new classes");
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).name(), b.get(i).name());
      assertArrayEquals(a.get(i).bytes(), b.get(i).bytes());
      assertEquals(a.get(i).expected().format(), b.get(i).expected().format());
    }
  }

  @Test
  void cleanDocumentsFailNoCheckAndBrokenOnesDo() {
    for (GeneratedDocument d : corpus(3, 0, 40)) {
      // a clean document may only leave glued digits unsettled
      Set<String> want = d.expected().ambiguous().isEmpty() ? Set.of() : Set.of("AMBIGUOUS_SPLIT");
      assertEquals(want, d.expected().findings(), d.name());
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
  void gluedTruthLeavesOutWhatOnlyTheDigitsCannotTell() {
    Agency a = new Agency("某县人民政府", "000000", "我县", "某县人民政府", 40, 100, false);
    Figures f = ReportFigures.draw(new java.util.SplittableRandom(5), a, 2022, new long[6]).figures();
    java.util.Map<String, Figures.Printed> t4 = new java.util.HashMap<>();
    org.disclosurelake.report.Vocabulary.T4_BLOCKS.forEach(b -> org.disclosurelake.report.Vocabulary.T4_COLUMNS
        .forEach(c -> t4.put(org.disclosurelake.report.Vocabulary.t4(b, c), Figures.Printed.of(0))));
    // 行政复议 1|10|0|0|11 glued is "1100011", which 11|0|0|0|11 reads as well: both keep the block total
    t4.put("t4.review.upheld", Figures.Printed.of(1));
    t4.put("t4.review.corrected", Figures.Printed.of(10));
    t4.put("t4.review.total", Figures.Printed.of(11));
    GluedTruth.Outcome o = GluedTruth.of(f.with(t4), java.util.Map.of());
    Set<String> review = new java.util.TreeSet<>();
    o.ambiguous().stream().filter(k -> k.startsWith("t4.")).forEach(review::add);
    assertEquals(Set.of("t4.review.upheld", "t4.review.corrected"), review);
    // a reading with 11 upheld is ruled out once the prose states the cell (as it does for 表三's totals)
    GluedTruth.Outcome stated = GluedTruth.of(f.with(t4), java.util.Map.of("t4.review.upheld", java.math.BigDecimal.ONE));
    assertTrue(stated.ambiguous().stream().noneMatch(k -> k.startsWith("t4.")), stated.toString());
    assertTrue(stated.settled().contains("t4.review.corrected"), stated.toString());
  }

  @Test
  void newClassesKeepTheirTruth() {
    Set<String> classes = new java.util.TreeSet<>();
    for (GeneratedDocument d : corpus(11, 0.05, 200)) {
      Expected e = d.expected();
      classes.addAll(e.classes());
      assertTrue(java.util.Collections.disjoint(e.facts().keySet(), e.ambiguous()), d.name());
      assertEquals(!e.ambiguous().isEmpty(), e.findings().contains("AMBIGUOUS_SPLIT"), d.name());
      String text = new String(d.bytes(), d.name().endsWith(".txt") || d.name().endsWith(".md")
          ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.StandardCharsets.ISO_8859_1);
      if (e.classes().contains("md-from-pdf") && text.contains("|---|")) {
        assertTrue(text.contains("| 类别 | 数据1 |") || text.contains("|---|---|---|---|---|---|---|\n"), d.name());
      }
      if (e.classes().contains("legacy-stats") && !text.contains("\uFFFD")) {
        assertTrue(text.contains("历年累计"), d.name());
      }
    }
    assertTrue(classes.containsAll(List.of("md-from-pdf", "blank-cells", "legacy-stats", "legacy-distractors", "typos",
        "mixed-template", "ambiguous-glue", "glue-settled")), classes.toString());
  }

  @Test
  void pdfDocumentsParseToExactlyTheirTruth() {
    List<GeneratedDocument> pdfs = new ArrayList<>();
    for (double broken : new double[] {0, 1}) {
      corpus(7, broken, 150).stream().filter(d -> d.name().endsWith(".pdf") && base(d)).forEach(pdfs::add);
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
      corpus(11, broken, 160).stream().filter(d -> d.name().endsWith(".md") && base(d)).forEach(docs::add);
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
  void baseCorpusHasTheFormsOnlyAndTheSameBytesForDocumentsOfNoNewClass() {
    CorpusGenerator base = new CorpusGenerator(3, 0.05, CorpusGenerator.Classes.BASE);
    List<GeneratedDocument> docs = new ArrayList<>();
    base.plan(80).forEach(s -> base.make(s, docs::add));
    java.util.Map<String, GeneratedDocument> all = new java.util.HashMap<>();
    corpus(3, 0.05, 80).forEach(d -> all.put(d.name(), d));
    int same = 0;
    for (GeneratedDocument d : docs) {
      assertEquals(1, d.expected().classes().size() - (d.expected().classes().contains("blank-columns") ? 1 : 0), d.name());
      assertTrue(d.expected().ambiguous().isEmpty(), d.name());
      GeneratedDocument twin = all.get(d.name());
      if (twin != null && base(twin)) {
        assertArrayEquals(d.bytes(), twin.bytes(), d.name());
        same++;
      }
    }
    assertTrue(same >= 20, "documents of no new class: " + same);
  }

  @Test
  void pdfBytesDependOnlyOnTheSeed() {
    GeneratedDocument a = new CorpusGenerator(4, 0).sample(5, "pdf", 2021, 15_000);
    GeneratedDocument b = new CorpusGenerator(4, 0).sample(5, "pdf", 2021, 15_000);
    assertTrue(new String(a.bytes(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertArrayEquals(a.bytes(), b.bytes());
  }
}
