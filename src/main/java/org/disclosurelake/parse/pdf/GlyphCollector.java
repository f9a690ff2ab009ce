package org.disclosurelake.parse.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of each page with their positions (PDFBox already drops the overprinted copies of fake-bold
 * text), and counts glyphs whose font has no Unicode mapping.
 */
final class GlyphCollector extends PDFTextStripper {

  private final List<List<Glyph>> pages = new ArrayList<>();
  private List<Glyph> current = new ArrayList<>();
  private int shown;
  private int unmapped;
  private boolean cjkFonts;

  GlyphCollector() {
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Glyphs per processed page, in the order the pages were processed. */
  List<List<Glyph>> pages() {
    return pages;
  }

  /** Glyphs drawn in total, mapped or not. */
  int shownGlyphs() {
    return shown;
  }

  /** Glyphs drawn with no Unicode mapping (PDFBox skips these for composite fonts). */
  int unmappedGlyphs() {
    return unmapped;
  }

  /** Whether any glyph was drawn with a Chinese, Japanese or Korean font. */
  boolean cjkFonts() {
    return cjkFonts;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    current = new ArrayList<>();
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    pages.add(current);
    super.endPage(page);
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    shown++;
    if (!cjkFonts) {
      cjkFonts = CjkFonts.isCjk(font);
    }
    String unicode = font.toUnicode(code);
    if (unicode == null || unicode.isEmpty()) {
      unmapped++;
    }
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String unicode = p.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        continue;
      }
      float size = p.getFontSizeInPt();
      if (!(size > 0.5f)) {
        size = Math.max(1f, p.getHeightDir() * 1.4f);
      }
      // the advance can include character spacing (vertical labels set as one glyph per line): keep the ink width
      float width = Math.max(0.1f, Math.min(p.getWidthDirAdj(), size * 1.05f));
      current.add(new Glyph(unicode, p.getXDirAdj(), p.getYDirAdj(), width, size));
    }
  }
}
