package org.disclosurelake.parse.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.parse.TextNormalizer;
import org.disclosurelake.report.Form;

/** Reads PDF reports into a {@link Body}. First version: plain text in reading order. */
public final class PdfReader implements FormReader {

  @Override
  public Body read(byte[] bytes, String source) throws RejectedDocumentException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
      return new Body(Form.PDF, null, TextNormalizer.lines(text), title, null, List.of());
    } catch (IOException e) {
      throw new RejectedDocumentException("broken PDF: " + e.getMessage(), "pdf");
    }
  }
}
