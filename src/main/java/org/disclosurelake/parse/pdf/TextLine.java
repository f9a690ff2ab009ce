package org.disclosurelake.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurelake.parse.TextNormalizer;

/**
 * One line of text rebuilt from glyphs that share a baseline, with spacing decided from the gaps between glyphs.
 *
 * @param text the text, normalised, with glyph spacing removed
 * @param left left edge
 * @param right right edge
 * @param baseline baseline y
 * @param size median font size
 */
record TextLine(String text, float left, float right, float baseline, float size) {

  /** Groups glyphs into lines, top to bottom; blank lines are dropped. */
  static List<TextLine> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    float base = 0;
    for (Glyph g : sorted) {
      if (!line.isEmpty() && Math.abs(g.baseline() - base) > 0.45f * Math.min(g.size(), line.get(0).size())) {
        add(lines, line);
        line = new ArrayList<>();
      }
      if (line.isEmpty()) {
        base = g.baseline();
      }
      line.add(g);
    }
    add(lines, line);
    return lines;
  }

  private static void add(List<TextLine> lines, List<Glyph> line) {
    if (line.isEmpty()) {
      return;
    }
    line.sort(Comparator.comparingDouble(Glyph::x));
    String text = TextNormalizer.normalize(spaced(line)).strip();
    if (text.isEmpty()) {
      return;
    }
    List<Float> sizes = new ArrayList<>();
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (Glyph g : line) {
      if (!g.blank()) {
        sizes.add(g.size());
        left = Math.min(left, g.x());
        right = Math.max(right, g.right());
      }
    }
    sizes.sort(null);
    lines.add(new TextLine(text, left, right, line.get(0).baseline(), sizes.get(sizes.size() / 2)));
  }

  /**
   * Joins the glyphs of one line. A gap wider than a quarter em (and clearly wider than the line's narrowest gap,
   * its letter spacing) becomes a space, but only between non-CJK characters: Chinese has no spaces, so "洪 泽 区" and
   * "2023 年" lose theirs while "14 0 0" keeps them.
   */
  private static String spaced(List<Glyph> line) {
    // letter-spaced text has no gap narrower than its spacing; ordinary text has (nearly) touching glyphs
    float usual = Float.MAX_VALUE;
    for (int i = 1; i < line.size(); i++) {
      if (!line.get(i).blank() && !line.get(i - 1).blank()) {
        usual = Math.min(usual, line.get(i).x() - line.get(i - 1).right());
      }
    }
    usual = usual == Float.MAX_VALUE ? 0 : Math.max(0, usual);
    StringBuilder out = new StringBuilder();
    Glyph prev = null;
    boolean pendingSpace = false;
    for (Glyph g : line) {
      if (g.blank()) {
        pendingSpace = prev != null;
        continue;
      }
      if (prev != null) {
        float gap = g.x() - prev.right();
        boolean wide = gap > Math.max(0.25f * g.size(), 1.6f * usual + 0.05f * g.size());
        if ((wide || pendingSpace) && !Scripts.isCjk(lastChar(out)) && !Scripts.isCjk(g.text().charAt(0))) {
          out.append(' ');
        }
      }
      out.append(g.text());
      prev = g;
      pendingSpace = false;
    }
    return out.toString();
  }

  private static char lastChar(StringBuilder s) {
    return s.length() == 0 ? ' ' : s.charAt(s.length() - 1);
  }

  /** Joins the lines of one wrapped cell or paragraph: no space where either side is CJK. */
  static String joinWrapped(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      if (out.length() > 0 && !Scripts.isCjk(lastChar(out)) && !Scripts.isCjk(p.charAt(0))) {
        out.append(' ');
      }
      out.append(p);
    }
    return out.toString();
  }
}
