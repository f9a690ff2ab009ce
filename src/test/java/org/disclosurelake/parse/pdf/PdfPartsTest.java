package org.disclosurelake.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.report.FindingCode;
import org.junit.jupiter.api.Test;

class PdfPartsTest {

  @Test
  void pageNumbersOnlyInTheHeaderOrFooterBand() {
    assertTrue(PageChrome.isChrome("- 3 -", 800, 842));
    assertTrue(PageChrome.isChrome("— 12 —", 800, 842));
    assertTrue(PageChrome.isChrome("第 3 页", 20, 842));
    assertTrue(PageChrome.isChrome("第3页 共5页", 820, 842));
    assertFalse(PageChrome.isChrome("- 3 -", 400, 842));
    assertFalse(PageChrome.isChrome("2023年", 820, 842));
  }

  @Test
  void glyphSpacingIsRemovedButSeparateNumbersStaySeparate() {
    List<Glyph> glyphs = new ArrayList<>();
    float x = 10;
    for (char c : "洪泽区人民政府".toCharArray()) {
      glyphs.add(new Glyph(String.valueOf(c), x, 100, 10, 10));
      x += 20; // one glyph width of letter spacing
    }
    glyphs.add(new Glyph("1", 10, 200, 5, 10));
    glyphs.add(new Glyph("4", 15, 200, 5, 10));
    glyphs.add(new Glyph("0", 40, 200, 5, 10));
    glyphs.add(new Glyph("0", 70, 200, 5, 10));
    List<TextLine> lines = TextLine.of(glyphs);
    assertEquals("洪泽区人民政府", lines.get(0).text());
    assertEquals("14 0 0", lines.get(1).text());
  }

  @Test
  void undecodedTextIsReported() {
    List<Glyph> glyphs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      glyphs.add(new Glyph(String.valueOf((char) (0xE000 + i)), i * 10, 100, 10, 10));
    }
    PageContent page = new PageContent(1, 595, 842, glyphs, List.of(), 0);
    assertEquals(FindingCode.DECODE, TextQuality.check(List.of(page), 50, 0, true).orElseThrow().code());
    assertEquals(FindingCode.DECODE, TextQuality.check(List.of(page), 500, 400, true).orElseThrow().code());
    List<Glyph> latin = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      latin.add(new Glyph("x", i, 100, 1, 10));
    }
    PageContent garbled = new PageContent(1, 595, 842, latin, List.of(), 0);
    assertTrue(TextQuality.check(List.of(garbled), 120, 0, true).isPresent(), "no Chinese from CJK fonts");
    assertTrue(TextQuality.check(List.of(garbled), 120, 0, false).isEmpty());
  }
}
