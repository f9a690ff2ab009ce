package org.disclosurelake.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three real PDF reports made into scans (pages rendered at 150 dpi, text layer gone) and read back by OCR with
 * the real tesseract (installed by bin/install-ocr), against their hand-labelled fields (the rows of
 * /work/shared/corpus/real/labels.csv, written by reading the documents): no wrong value may go without a finding on
 * its key, and the share exact may not fall below what the reader achieves today ({@link #FLOOR}) in PDFBox's
 * renders; in pdftoppm's (the issue's measure, as bin/ocr-benchmark takes it) it must reach the issue's 98 %.
 */
class ScannedReportsIT {

  private static final ReportParser PARSER = new ReportParser();
  private static final List<String> FIELDS =
      List.of("t3.new.total", "t3.new.natural", "t3.carried.total", "t3.granted.total", "t3.partial.total",
          "t3.processed.total", "t3.forward.total", "t4.review.total", "t4.review.corrected", "t4.suit_direct.total",
          "t4.suit_after_review.total", "t2.rules.made", "t2.norms.made", "t2.license.decisions",
          "t2.penalty.decisions", "proactive.total");

  /** The labels, field by field in the order of {@link #FIELDS}, as labels.csv states them. */
  private static final Map<String, long[]> LABELS = new LinkedHashMap<>();
  private static final Map<String, Integer> YEARS = Map.of(
      "淮安市洪泽区人民政府_2023.pdf", 2023, "淮安市洪泽区人民政府_2024.pdf", 2024, "淮安市人民政府_2024.pdf", 2024);
  private static final Map<String, String> AGENCIES = Map.of(
      "淮安市洪泽区人民政府_2023.pdf", "淮安市洪泽区人民政府", "淮安市洪泽区人民政府_2024.pdf", "淮安市洪泽区人民政府",
      "淮安市人民政府_2024.pdf", "淮安市人民政府");

  static {
    LABELS.put("淮安市洪泽区人民政府_2023.pdf",
        new long[] {21, 21, 0, 0, 4, 21, 0, 0, 1, 0, 0, 0, 0, 550, 4119, 1136});
    LABELS.put("淮安市洪泽区人民政府_2024.pdf",
        new long[] {95, 95, 0, 50, 9, 95, 0, 2, 1, 1, 3, 0, 3, 9487, 2776, 2428});
    LABELS.put("淮安市人民政府_2024.pdf",
        new long[] {3119, 3001, 34, 1362, 454, 3050, 103, 351, 64, 26, 20, 1, 8, 447228, 3985758, 5500});
  }

  /**
   * Exact share (%) measured on 2026-12-05 (branch ocr3): 45 of 54 fields for the PDFs (83.3 %; was 41 on branch
   * ocr2: the second reading of number cells; in PDFBox's 150 dpi render the city report's 表四 header still misreads
   * and 454 reads 4), 14 of 18 for the TIFF (77.8 %; was 13), 16 of 18 for the garbled PDF (88.9 %); raise it as the
   * reader improves.
   */
  private static final double FLOOR = 77;

  private int exact;
  private int total;
  private final List<String> misses = new ArrayList<>();

  @Test
  void imageOnlyVersionsOfTheRealPdfsParseToTheirLabels() throws IOException {
    for (Map.Entry<String, long[]> e : LABELS.entrySet()) {
      byte[] scan = Scans.imageOnlyPdf(Scans.render(real(e.getKey()), 150), -1);
      Report r = report(PARSER.parse(scan, "scan-of-" + e.getKey()));
      assertEquals(Form.PDF_OCR, r.form());
      score(e.getKey(), r, e.getValue());
    }
    double share = 100.0 * exact / total;
    assertTrue(share >= FLOOR, String.format("%.1f%% of %d labelled fields exact (%s)", share, total, misses));
  }

  /**
   * The issue's measure, as bin/ocr-benchmark takes it: each real PDF rendered by pdftoppm (grey, 150 and 300 dpi;
   * installed with tesseract by bin/install-ocr), made into an image-only PDF, parsed, and scored like
   * score-labels — agency (one name within the other), year, template and the 16 labelled figures, 57 fields per
   * resolution. Target: at least 98 % exact, and no wrong value without a finding naming its key.
   */
  @Test
  void pdftoppmRendersOfTheRealPdfsReachTheIssuesTarget(@TempDir Path tmp) throws IOException, InterruptedException {
    for (int dpi : new int[] {150, 300}) {
      int right = 0;
      int fields = 0;
      List<String> missed = new ArrayList<>();
      for (Map.Entry<String, long[]> e : LABELS.entrySet()) {
        String stem = e.getKey().substring(0, e.getKey().length() - 4);
        Path pdf = tmp.resolve(e.getKey());
        Files.write(pdf, real(e.getKey()));
        Path renders = Files.createDirectories(tmp.resolve("renders-" + dpi));
        Process p = new ProcessBuilder("pdftoppm", "-r", Integer.toString(dpi), "-gray", "-png", pdf.toString(),
            renders.resolve(stem).toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "pdftoppm: " + out);
        Report r = report(PARSER.parse(Scans.imageOnlyPdf(ScanBenchmark.pages(renders, stem), -1), e.getKey()));
        String agency = AGENCIES.get(e.getKey());
        boolean agencyRight = r.agency() != null && (r.agency().contains(agency) || agency.contains(r.agency()));
        boolean[] meta = {agencyRight, YEARS.get(e.getKey()).equals(r.year()), "2021".equals(r.template().code())};
        for (int m = 0; m < meta.length; m++) {
          fields++;
          right += meta[m] ? 1 : 0;
          if (!meta[m]) {
            missed.add(dpi + " dpi " + e.getKey() + " " + List.of("agency", "year", "template").get(m) + ": "
                + List.of(String.valueOf(r.agency()), String.valueOf(r.year()), r.template().code()).get(m));
          }
        }
        for (int i = 0; i < FIELDS.size(); i++) {
          String field = FIELDS.get(i);
          BigDecimal got = r.findValue(field).orElse(null);
          fields++;
          if (got != null && got.compareTo(BigDecimal.valueOf(e.getValue()[i])) == 0) {
            right++;
            continue;
          }
          missed.add(dpi + " dpi " + e.getKey() + " " + field + "=" + got + " (label " + e.getValue()[i] + ")");
          if (got != null) {
            assertFalse(r.findings().stream().noneMatch(f -> f.keys().contains(field)),
                e.getKey() + ": " + field + " is " + got + " without a finding: " + r.findings());
          }
        }
      }
      assertEquals(57, fields);
      double share = 100.0 * right / fields;
      assertTrue(share >= 98, String.format("%d dpi: %.1f%% of %d exact; missed %s", dpi, share, fields, missed));
    }
  }

  /** The scanned look (rotation, noise, paper tone) as a multi-page TIFF: the image path, with straightening. */
  @Test
  void aSkewedNoisyTiffScanParsesToItsLabels() throws IOException {
    String name = "淮安市洪泽区人民政府_2023.pdf";
    List<BufferedImage> pages = new ArrayList<>();
    int i = 0;
    for (BufferedImage page : Scans.render(real(name), 150)) {
      pages.add(Scans.scanned(page, i % 2 == 0 ? 0.7 : -0.5, 0.002, i++));
    }
    Report r = report(PARSER.parse(Scans.tiff(pages), "scan.tif"));
    assertEquals(Form.IMAGE_OCR, r.form());
    score("scan.tif", r, LABELS.get(name));
    double share = 100.0 * exact / total;
    assertTrue(share >= FLOOR, String.format("%.1f%% of %d labelled fields exact (%s)", share, total, misses));
  }

  /** A PDF whose text layer is junk (Latin in a CJK-named font) over the page images: read by OCR, saying why. */
  @Test
  void aPdfWithAGarbageTextLayerIsReadByOcr() throws IOException {
    String name = "淮安市洪泽区人民政府_2023.pdf";
    byte[] garbled = Scans.garbledPdf(Scans.render(real(name), 150), GarbledPdfTest.JUNK);
    Report r = report(PARSER.parse(garbled, name));
    assertEquals(Form.PDF_OCR, r.form());
    assertTrue(r.findings().stream().anyMatch(f -> f.code() == org.disclosurelake.report.FindingCode.DECODE
        && f.message().startsWith("garbage text") && f.message().endsWith("the pages were read by OCR instead")),
        r.findings().toString());
    score(name, r, LABELS.get(name));
    double share = 100.0 * exact / total;
    assertTrue(share >= FLOOR, String.format("%.1f%% of %d labelled fields exact (%s)", share, total, misses));
  }

  private void score(String name, Report r, long[] labels) {
    String key = name.endsWith(".tif") ? "淮安市洪泽区人民政府_2023.pdf" : name;
    total += 2;
    exact += r.agency() != null && r.agency().contains(AGENCIES.get(key).replace("人民政府", "")) ? 1 : 0;
    exact += YEARS.get(key).equals(r.year()) ? 1 : 0;
    for (Fact f : r.facts()) {
      assertTrue(f.ocr(), f.key() + " not marked as read by OCR");
      assertNotNull(f.confidence(), f.key() + " has no confidence");
    }
    for (int i = 0; i < FIELDS.size(); i++) {
      String field = FIELDS.get(i);
      BigDecimal got = r.findValue(field).orElse(null);
      total++;
      if (got != null && got.compareTo(BigDecimal.valueOf(labels[i])) == 0) {
        exact++;
        continue;
      }
      misses.add(name + " " + field + "=" + got + " (label " + labels[i] + ")");
      if (got != null) {
        // a wrong value must come with a finding naming its key
        assertFalse(r.findings().stream().noneMatch(f -> f.keys().contains(field)),
            name + ": " + field + " is " + got + " (label " + labels[i] + ") without a finding: " + r.findings());
      }
    }
  }

  private static Report report(ParseResult result) {
    assertFalse(result.isRejected(), () -> "rejected: " + result.rejection());
    return result.report();
  }

  private static byte[] real(String name) throws IOException {
    try (InputStream in = ScannedReportsIT.class.getResourceAsStream("/reports/real/" + name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
