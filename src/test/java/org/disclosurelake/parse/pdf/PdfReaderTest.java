package org.disclosurelake.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfReaderTest {

  private static final Pattern FOOTER = Pattern.compile("^[-—\\s]*\\d+[-—\\s]*$|^第\\s*\\d+\\s*页$");
  private final PdfReader reader = new PdfReader();

  private Body read(String path) throws RejectedDocumentException {
    return reader.read(Fixtures.bytes(path), path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"淮安市人民政府_2024", "淮安市洪泽区人民政府_2023", "淮安市洪泽区人民政府_2024"})
  void realPdfsGiveTheExpectedLines(String name) throws Exception {
    Body body = read("real/" + name + ".pdf");
    List<String> expected = Fixtures.text("expected/" + name + ".pdf.lines.txt").lines().toList();
    assertEquals(String.join("\n", expected), body.text());
    assertEquals(Form.PDF, body.form());
    assertTrue(body.findings().isEmpty(), body.findings().toString());
    assertTrue(body.lines().stream().noneMatch(l -> FOOTER.matcher(l).matches()), "page numbers left out");
  }

  @Test
  void cityReportTablesAndUnspacedText() throws Exception {
    Body body = read("real/淮安市人民政府_2024.pdf");
    List<String> lines = body.lines();
    assertNull(body.title(), "generic Title metadata");
    assertEquals("淮安市人民政府", lines.get(0));
    assertTrue(lines.contains("| 行政处罚 | 3985758 |"));
    assertTrue(lines.contains("| 行政事业性收费 | 96171.6 |"));
    assertTrue(lines.contains("| 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |"));
    assertTrue(lines.contains("| 三、本年度办理结果 | （一）予以公开 | 1288 | 21 | 0 | 0 | 50 | 3 | 1362 |"));
    // the (四) label is split by the page break after its first row: one cell again
    assertTrue(lines.contains("| （四）无法提供 | 1.本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769 |"));
    assertTrue(lines.contains(
        "| （六）其他处理 | 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 | 3 | 0 | 0 | 1 | 0 | 71 |"));
    assertTrue(lines.contains("| （七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050 |"));
    String t4 = "| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |";
    assertTrue(lines.contains(t4));
    assertEquals(15, t4.split(" \\| ").length);
    assertTrue(body.text().contains("市政府网站主动公开各类政府信息5500余条"));
    assertTrue(lines.stream().noneMatch(l -> l.contains("淮 安") || l.contains("商 业")));
  }

  @Test
  void districtReport2023KeepsItsOwnNumbersAcrossThePageBreak() throws Exception {
    Body body = read("real/淮安市洪泽区人民政府_2023.pdf");
    List<String> lines = body.lines();
    assertEquals("洪泽区人民政府2023年政府信息公开工作年度报告", body.title());
    int row = lines.indexOf("| 2.没有现成信息需要另行制作 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |");
    assertTrue(row > 0);
    assertEquals("| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", lines.get(row + 1), "footer -3- between");
    assertTrue(lines.contains("| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"), "(六) printed as one row");
    assertTrue(lines.contains("| 10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |"), "表四 as printed");
    assertTrue(body.text().contains("我区在政府网站平台主动公开政府信息1136条"));
  }

  @Test
  void generatedPdfGivesTheTableRowsOfItsHtmlSource() throws Exception {
    List<String> lines = read("generated/pingtan_zonghe_shiyanqu_2023.pdf").lines();
    List<String> html = Fixtures.htmlTableRows("real/pingtan_zonghe_shiyanqu_2023.html");
    String first = "（本列数据";
    assertEquals(Fixtures.block(html, first, "四、结转"), Fixtures.block(lines, first, "四、结转"));
    assertEquals(Fixtures.block(html, "行政复议", "1 | 1 | 0"), Fixtures.block(lines, "行政复议", "1 | 1 | 0"));
  }

  @Test
  void scannedPdfIsRejectedForOcr() {
    RejectedDocumentException e =
        assertThrows(RejectedDocumentException.class, () -> read("generated/scanned_pingtan_2023.pdf"));
    assertEquals("image-only PDF: needs OCR", e.getMessage());
    assertEquals("pdf", e.detectedType());
  }

  @Test
  void encryptedPdfIsRejectedWithTheLibraryReason() throws Exception {
    byte[] pdf = pdf(1, doc -> doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission())));
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> reader.read(pdf, "enc.pdf"));
    assertTrue(e.getMessage().startsWith("encrypted PDF: "), e.getMessage());
  }

  @Test
  void brokenPdfIsRejected() {
    byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> reader.read(junk, "x.pdf"));
    assertTrue(e.getMessage().startsWith("broken PDF: "), e.getMessage());
  }

  @Test
  void longPdfIsCutWithABudgetFinding() throws Exception {
    PdfReader threePages = new PdfReader(Limits.DEFAULTS.withMaxPdfPages(3));
    Body body = threePages.read(pdf(4, doc -> {}), "long.pdf");
    assertEquals(3, body.text().split("Annual report", -1).length - 1);
    assertEquals(FindingCode.BUDGET, body.findings().get(0).code());
    assertEquals("PDF has 4 pages; read the first 3", body.findings().get(0).message());
  }

  /** A PDF of {@code pages} pages with one line of text each, changed by {@code edit} before saving. */
  private static byte[] pdf(int pages, IoConsumer<PDDocument> edit) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 12);
          cs.newLineAtOffset(72, 400);
          cs.showText("Annual report " + i);
          cs.endText();
        }
      }
      edit.accept(doc);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }
}
