package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.disclosurelake.report.Template;

/**
 * The classes of real documents a generated report imitates on top of its form, each seen more than once in real
 * corpora (issue #13): Word-exported grids with blank zero cells, Markdown converted from PDFs (fragmented tables,
 * generic headers, detached labels), typos in row labels, 表二 of the other template beside 表三, and pre-2019 prose
 * with a 统计表 of glued 本年度|历年累计 columns and sentences that state other figures. Drawn from a stream of its own
 * so that the documents that get none of them keep the bytes they had before these classes existed.
 *
 * @param blankCells HTML: zero cells of 表三/表四 printed as {@code &nbsp;}
 * @param mdFromPdf pipe text or Markdown: rendered as a PDF-to-Markdown converter would
 * @param typos row labels with typos (行政法复议, a dropped character)
 * @param mixedTable2 表二 in the layout of the other template
 * @param legacyStats pre-2019 prose: a 统计表 with 本年度 and 历年累计 columns after the prose
 * @param legacyDistractors pre-2019 prose: sentences that state cumulative or review-only figures
 * @param seed the seed of the variant's own choices
 * @param ambiguousGlue glued text: rows not spaced where their digits split several ways (the truth says which
 *     cells the document leaves undecided)
 */
record Variant(boolean blankCells, boolean mdFromPdf, boolean typos, boolean mixedTable2, boolean legacyStats,
    boolean legacyDistractors, boolean ambiguousGlue, long seed) {

  /** None of the classes: the document as generated before they existed. */
  static final Variant NONE = new Variant(false, false, false, false, false, false, false, 0);

  static Variant draw(SplittableRandom x, Template t, OutputForm form) {
    long seed = x.nextLong();
    int a = x.nextInt(100);
    int b = x.nextInt(100);
    int c = x.nextInt(100);
    if (t == Template.PRE2019) {
      boolean prose = form == OutputForm.NARRATIVE;
      return new Variant(false, false, false, false, prose && a < 45, prose && b < 50, false, seed);
    }
    boolean text = form == OutputForm.PIPE || form == OutputForm.MARKDOWN;
    return new Variant(form == OutputForm.HTML && a < 35, text && a < 55, b < 12, c < 12, false, false,
        form == OutputForm.GLUED, seed);
  }

  /** The names of this document's classes: its form, then each variant it has. */
  List<String> classes(OutputForm form) {
    List<String> out = new ArrayList<>();
    out.add(mdFromPdf ? "md-from-pdf" : form.name().toLowerCase(java.util.Locale.ROOT));
    if (blankCells) {
      out.add("blank-cells");
    }
    if (typos) {
      out.add("typos");
    }
    if (mixedTable2) {
      out.add("mixed-template");
    }
    if (legacyStats) {
      out.add("legacy-stats");
    }
    if (legacyDistractors) {
      out.add("legacy-distractors");
    }
    return out;
  }

  /** The form the document is written in: Markdown for a converted PDF. */
  OutputForm form(OutputForm drawn) {
    return mdFromPdf ? OutputForm.MARKDOWN : drawn;
  }
}
