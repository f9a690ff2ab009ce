package org.disclosurelake.parse.ocr;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.disclosurelake.parse.ReportParser;
import org.disclosurelake.parse.pdf.PdfReader;
import org.disclosurelake.report.ParseResult;
import org.junit.jupiter.api.Test;

/** A PDF whose text layer decodes to garbage goes to OCR (GarbledPdfIT); without tesseract it is rejected saying why. */
class GarbledPdfTest {

  static final String JUNK = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ".repeat(4);

  static byte[] garbledReport() throws IOException {
    try (InputStream in = GarbledPdfTest.class.getResourceAsStream("/reports/real/淮安市洪泽区人民政府_2023.pdf")) {
      assertNotNull(in);
      return Scans.garbledPdf(Scans.render(in.readAllBytes(), 150), JUNK);
    }
  }

  @Test
  void theTestPdfHasATextLayerOfGarbage() throws Exception {
    var body = new PdfReader().read(garbledReport(), "garbled.pdf");
    assertTrue(PdfReader.garbled(body).isPresent(), body.findings().toString());
  }

  @Test
  void withoutTesseractAGarbledPdfIsRejectedSayingWhy() throws IOException {
    ReportParser parser = new ReportParser(new Tesseract("/nonexistent/tesseract", Duration.ofSeconds(5)));
    ParseResult r = parser.parse(garbledReport(), "garbled.pdf");
    assertTrue(r.isRejected(), () -> "not rejected: " + r.report());
    String reason = r.rejection().reason();
    assertTrue(reason.startsWith(PdfReader.GARBAGE_TEXT) && reason.contains("needs OCR, but the tesseract command"),
        reason);
  }
}
