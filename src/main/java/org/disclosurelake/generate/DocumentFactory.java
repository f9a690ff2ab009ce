package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.disclosurelake.accuracy.Expected;

/** Turns the figures of one agency-year into a file of a given form and size, and writes down its truth. */
final class DocumentFactory {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Where a first rendering leaves room for the padding, filled once the size of the rest is known. */
  static final String MARK = "\u0001PAD\u0001";

  private DocumentFactory() {}

  /**
   * @param name the file name without extension
   * @param targetBytes the size to pad the document to (it never shrinks below its content); for a PDF, four times
   *     the size of its prose as plain text, the PDF being as large as its pages come to
   */
  static GeneratedDocument make(SplittableRandom r, String name, Agency a, Figures f, OutputForm form, Variant v,
      int targetBytes) {
    Draft d = DraftBuilder.build(r, a, f, form, v);
    if (form == OutputForm.PDF) {
      // real PDF reports run to five or six pages: a quarter of the text forms' prose
      List<String> padding = padding(r, d, "", StandardCharsets.UTF_8, targetBytes / 4, 1.0);
      byte[] pdf = new PdfRenderer(r.nextLong()).render(d, padding);
      return new GeneratedDocument(name + "." + form.extension(), pdf, truth(d));
    }
    Charset cs;
    String text;
    if (form == OutputForm.HTML) {
      boolean gbk = r.nextInt(5) == 0;
      cs = gbk ? GBK : StandardCharsets.UTF_8;
      HtmlRenderer h = new HtmlRenderer(gbk ? "gb2312" : "utf-8", r.nextInt(3) > 0, r.nextLong());
      String base = h.render(d, List.of(MARK));
      text = base.replace(MARK, h.padding(padding(r, d, base, cs, targetBytes, 1.8)));
    } else {
      cs = r.nextInt(10) == 0 ? GB18030 : StandardCharsets.UTF_8;
      TextRenderer t = TextRenderer.draw(r, form);
      if (v.mdFromPdf()) {
        t = t.convertedFromPdf(v.seed());
      }
      String base = t.render(d, List.of(MARK));
      text = base.replace(MARK, t.padding(padding(r, d, base, cs, targetBytes, 1.0)));
    }
    byte[] bytes = text.getBytes(cs);
    return new GeneratedDocument(name + "." + form.extension(), bytes, truth(d));
  }

  /** Prose paragraphs enough to bring {@code base} to about {@code target} bytes. */
  private static List<String> padding(SplittableRandom r, Draft d, String base, Charset cs, int target, double markup) {
    double perChar = (cs == StandardCharsets.UTF_8 ? 3.0 : 2.0) * markup;
    long missing = target - Math.round(base.length() * (cs == StandardCharsets.UTF_8 ? 2.6 : 1.8));
    List<String> out = new ArrayList<>();
    int offset = r.nextInt(1000);
    for (int i = 0; missing > 0; i++) {
      if (i % 4 == 3 && i < 20) {
        out.add(Prose.subhead(i / 4 + 1));
      }
      String p = Prose.padding(offset, i, d.agency(), d.figures().year());
      out.add(p);
      missing -= Math.round(p.length() * perChar);
    }
    return out;
  }

  /**
   * What the document states, from the figures drawn: every printed value, blank cells as absent, cells whose glued
   * digits the document does not settle as ambiguous (with an AMBIGUOUS_SPLIT finding), and the checks its printed
   * numbers fail.
   */
  static Expected truth(Draft d) {
    Figures f = d.figures();
    Map<String, BigDecimal> printed = f.values();
    Map<String, BigDecimal> facts = new LinkedHashMap<>(printed);
    facts.keySet().removeAll(d.ambiguous());
    Set<String> absent = new LinkedHashSet<>();
    f.cells().forEach((k, p) -> {
      if (p.value() == null) {
        absent.add(k);
      }
    });
    Set<String> findings = TruthChecks.failing(printed);
    if (!d.ambiguous().isEmpty()) {
      findings.add("AMBIGUOUS_SPLIT");
    }
    // a report mixing the forms is labelled by its 表二's words (本年制发件数 … or 本年新制作数量 …), as the hand label of
    // 洪泽区 2023 reads a 2021 report that prints (六) as one row: the template is what the report says it follows
    return new Expected(d.agency().name(), f.year(), f.table2().code(), facts, absent, d.ambiguous(), findings, null,
        d.classes());
  }
}
