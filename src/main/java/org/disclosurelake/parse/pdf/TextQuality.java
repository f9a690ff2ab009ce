package org.disclosurelake.parse.pdf;

import java.util.List;
import java.util.Optional;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;

/**
 * Detects text that did not decode: glyphs without a Unicode mapping, replacement / private-use / control
 * characters, or no Chinese at all in a document drawn with CJK fonts.
 */
final class TextQuality {

  private TextQuality() {}

  /** A DECODE finding when the extracted text looks undecoded, else empty. */
  static Optional<Finding> check(List<PageContent> pages, int shownGlyphs, int unmappedGlyphs, boolean cjkFonts) {
    int chars = 0;
    int garbage = 0;
    int ideographs = 0;
    for (PageContent p : pages) {
      for (Glyph g : p.glyphs()) {
        for (int i = 0; i < g.text().length(); i++) {
          char c = g.text().charAt(i);
          if (Character.isWhitespace(c)) {
            continue;
          }
          chars++;
          garbage += Scripts.isGarbage(c) ? 1 : 0;
          ideographs += Scripts.isIdeograph(c) ? 1 : 0;
        }
      }
    }
    if (unmappedGlyphs >= 20 && unmappedGlyphs > shownGlyphs / 10) {
      return finding(
          PdfReader.GARBAGE_TEXT
              + ": %d of %d glyphs have no Unicode mapping (font without ToUnicode map); their text is missing",
          unmappedGlyphs, shownGlyphs);
    }
    if (garbage >= 10 && garbage > chars / 20) {
      return finding(
          PdfReader.GARBAGE_TEXT
              + ": %d of %d characters are undecodable (U+FFFD, private-use or control characters)",
          garbage, chars);
    }
    if (cjkFonts && ideographs == 0 && chars >= 100) {
      return finding(
          PdfReader.GARBAGE_TEXT + ": no Chinese in %d characters drawn with CJK fonts (wrong Unicode map)", chars, 0);
    }
    return Optional.empty();
  }

  private static Optional<Finding> finding(String format, int a, int b) {
    return Optional.of(Finding.of(FindingCode.DECODE, String.format(java.util.Locale.ROOT, format, a, b)));
  }
}
