package org.disclosurelake.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.Test;

/** The OCR reader's pure parts, without tesseract: rulings, skew, label snapping, digit confusions, no tesseract. */
class OcrPiecesTest {

  /** A white 150 dpi A4 page with a 4 × 3 ruled grid and some short strokes standing for characters. */
  private static BufferedImage gridPage() {
    BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1240, 1754);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    for (int r = 0; r <= 4; r++) {
      g.drawLine(200, 400 + r * 60, 1000, 400 + r * 60);
    }
    for (int c = 0; c <= 3; c++) {
      g.drawLine(200 + c * 266, 400, 200 + c * 266, 640);
    }
    // a title's strokes: short horizontals and verticals that must not become rulings
    for (int i = 0; i < 10; i++) {
      g.drawLine(300 + i * 40, 200, 330 + i * 40, 200);
      g.drawLine(315 + i * 40, 185, 315 + i * 40, 215);
    }
    g.dispose();
    return page;
  }

  @Test
  void rulingsAreTheGridNotTheCharacterStrokes() {
    List<RulingFinder.Line> lines = RulingFinder.find(Raster.of(gridPage()), 150);
    assertEquals(5, lines.stream().filter(RulingFinder.Line::horizontal).count());
    assertEquals(4, lines.stream().filter(l -> !l.horizontal()).count());
    assertTrue(lines.stream().allMatch(l -> l.horizontal() ? l.at() > 390 && l.at() < 650 : l.at() >= 199));
  }

  @Test
  void aTurnedPageIsStraightenedBeforeItsRulingsAreFound() {
    BufferedImage turned = Scans.scanned(gridPage(), 0.8, 0, 1);
    double skew = Raster.of(turned).skew();
    assertEquals(0.8, skew, 0.11);
    List<RulingFinder.Line> lines = RulingFinder.find(Raster.of(Raster.straightened(turned, skew)), 150);
    assertEquals(5, lines.stream().filter(RulingFinder.Line::horizontal).count());
  }

  @Test
  void misreadLabelsSnapToTheTemplateAndOtherTextStays() {
    assertEquals("（一）予以公开", TemplateLabels.snap("(一)予以公居"));
    assertEquals("1.属于国家秘密", TemplateLabels.snap("1 .属于国家秘密"));
    assertEquals("6.属于四类过程性信息", TemplateLabels.snap("6.属于四凑过程性倍息"));
    assertEquals("总计", TemplateLabels.snap("总 计"));
    assertEquals("淮安市洪泽区", TemplateLabels.snap("淮安市洪泽区"));
    assertEquals("总计", TemplateLabels.snap("总林"));
    assertEquals("结果维持", TemplateLabels.snap("维持"));
    assertEquals("总计", TemplateLabels.snap("站、总讨"));
    assertEquals("行政", TemplateLabels.snap("行政")); // in several labels: left as read
    // the enumerator read, the words not: the one label numbered so, when the rest is as long as its words
    assertEquals("（七）总计", TemplateLabels.snap("(七)》旗如"));
    assertEquals("（四）无法提供", TemplateLabels.snap("《四》无沽提件"));
    assertEquals("(七)》旗如这样长", TemplateLabels.snap("(七)》旗如这样长"));
  }

  @Test
  void digitConfusionsGiveTheAlternativeReadings() {
    assertEquals("100", Confusables.digitsOf("l0O"));
    assertEquals("0", Confusables.digitsOf("(0"));
    assertEquals("1", Confusables.digitsOf("]"));
    assertTrue(Confusables.looksNumeric("(0".replace("(", "")));
    assertTrue(Confusables.variants("0").containsAll(List.of("6", "8")));
    assertTrue(Confusables.variants("17").containsAll(List.of("77", "11", "7")));
    assertTrue(Confusables.variants("35").containsAll(List.of("85", "36")));
    assertTrue(Confusables.variants("10").stream().noneMatch(v -> v.startsWith("0") && v.length() > 1));
  }

  /** A white 150 dpi strip with 11 px high strokes drawn by {@code strokes}, cropped the way number cells are. */
  private static BufferedImage cell(java.util.function.Consumer<Graphics2D> strokes) {
    BufferedImage page = new BufferedImage(120, 40, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 40);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(2));
    strokes.accept(g);
    g.dispose();
    return Raster.of(page).cellImage(2, 2, 118, 38, 2, 0);
  }

  @Test
  void theGlyphsOfANumberCellAreCountedUnlessTheyTouch() {
    // a sans-serif "1": stem and a flag reaching down to the left, one glyph (the word mode reads it "41")
    assertEquals(1, Raster.glyphs(cell(g -> {
      g.drawLine(50, 14, 50, 25);
      g.drawLine(50, 14, 45, 18);
    })));
    // "53"-like: two glyphs a pixel or two apart
    assertEquals(2, Raster.glyphs(cell(g -> {
      g.drawRect(40, 14, 5, 11);
      g.drawRect(49, 14, 5, 11);
    })));
    // two digits printed touching: one run wider than high, which cannot be counted
    assertEquals(-1, Raster.glyphs(cell(g -> {
      g.drawRect(40, 14, 6, 11);
      g.drawRect(46, 14, 6, 11);
    })));
  }

  @Test
  void aMinusIsAFlatStrokeAcrossTheMiddleBeforeTheDigits() {
    assertTrue(Raster.leadingDash(cell(g -> {
      g.drawLine(40, 20, 44, 20);
      g.drawRect(48, 14, 5, 11);
    })));
    // a stroke along the bottom (a ruling remnant) and a "1" are not minus signs
    assertFalse(Raster.leadingDash(cell(g -> {
      g.drawLine(40, 25, 44, 25);
      g.drawRect(48, 14, 5, 11);
    })));
    assertFalse(Raster.leadingDash(cell(g -> {
      g.drawLine(40, 14, 40, 25);
      g.drawRect(44, 14, 5, 11);
    })));
  }

  @Test
  void ofTwoDisagreeingNumberReadingsTheOneWithAsManyDigitsAsGlyphsLeads() {
    assertTrue(PageReading.secondLeads("41", "1", 1));
    assertFalse(PageReading.secondLeads("533", "53", 3));
    assertTrue(PageReading.secondLeads("533", "53", 2));
    assertFalse(PageReading.secondLeads("1", "41", 1));
    // the glyphs do not tell: the reading with more digits (a dropped digit is the common failure)
    assertTrue(PageReading.secondLeads("14", "454", -1));
    assertFalse(PageReading.secondLeads("454", "14", -1));
    assertTrue(PageReading.secondLeads("14", "454", 4));
  }

  @Test
  void withoutTesseractAScanIsRejectedSayingSo() throws IOException {
    ReportParser parser = new ReportParser(new Tesseract("/nonexistent/tesseract", Duration.ofSeconds(5)));
    byte[] scan = Scans.imageOnlyPdf(List.of(gridPage()), -1);
    ParseResult r = parser.parse(scan, "scan.pdf");
    assertTrue(r.isRejected());
    assertEquals("image-only PDF: needs OCR, but the tesseract command ('/nonexistent/tesseract') is not installed"
        + " (install tesseract-ocr and tesseract-ocr-chi-sim)", r.rejection().reason());
    ParseResult png = parser.parse(Scans.tiff(List.of(gridPage())), "scan.tif");
    assertTrue(png.rejection().reason().startsWith("image (tiff) needs OCR, but the tesseract command"));
  }
}
