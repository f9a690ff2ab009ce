package org.disclosurelake.parse.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.pdf.ScannedLayout;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.Form;

/**
 * What OCR read from a scanned document: per page the rulings, the cell boxes and the prose words; the cells with
 * their readings, confidences and alternatives. {@link #body(IntFunction)} lays it out as a {@link Body} with any
 * choice of cell texts, so the arithmetic checks can try alternative readings.
 *
 * @param form {@link Form#PDF_OCR} or {@link Form#IMAGE_OCR}
 * @param pages the pages without their cell texts (rulings and prose words only)
 * @param cellBoxes the box of every cell, parallel to {@code cells}
 * @param cells every table cell, in page and table order
 * @param prose the prose words with their confidences, for the confidence of figures stated in the text
 * @param findings problems met while reading (pages left out, skew corrected)
 * @param frame for pictures of an HTML page: the page's body, where page {@code n} of this document takes the place
 *     of the line {@code HtmlReader.pictureMarker(n)}; null for a scanned document
 */
public record ScannedDocument(
    Form form,
    List<ScannedLayout.Page> pages,
    List<ScannedLayout.Box> cellBoxes,
    List<OcrCell> cells,
    List<Tesseract.Word> prose,
    List<Finding> findings,
    Body frame) {

  public ScannedDocument(Form form, List<ScannedLayout.Page> pages, List<ScannedLayout.Box> cellBoxes,
      List<OcrCell> cells, List<Tesseract.Word> prose, List<Finding> findings) {
    this(form, pages, cellBoxes, cells, prose, findings, null);
  }

  public ScannedDocument {
    pages = List.copyOf(pages);
    cellBoxes = List.copyOf(cellBoxes);
    cells = List.copyOf(cells);
    prose = List.copyOf(prose);
    findings = List.copyOf(findings);
    if (cellBoxes.size() != cells.size()) {
      throw new IllegalArgumentException("Cannot build scanned document: " + cells.size() + " cells but "
          + cellBoxes.size() + " boxes");
    }
  }

  /** These pages as the pictures of an HTML page's body (see {@code frame}). */
  public ScannedDocument inFrame(Body html) {
    return new ScannedDocument(form, pages, cellBoxes, cells, prose, findings, html);
  }

  /** The body with every cell read as its best reading. */
  public Body body() {
    return body(i -> cells.get(i).text());
  }

  /** The body with cell {@code i} reading {@code text.apply(i)} (blank when empty). */
  public Body body(IntFunction<String> text) {
    List<List<ScannedLayout.Text>> byPage = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      byPage.add(new ArrayList<>(pages.get(p).texts()));
    }
    for (int i = 0; i < cells.size(); i++) {
      String t = text.apply(i);
      if (t != null && !t.isBlank()) {
        byPage.get(cells.get(i).page()).add(cellText(t, cellBoxes.get(i)));
      }
    }
    List<ScannedLayout.Page> laid = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      ScannedLayout.Page page = pages.get(p);
      laid.add(new ScannedLayout.Page(page.number(), page.width(), page.height(), page.rules(), byPage.get(p)));
    }
    if (frame == null) {
      return new Body(form, null, ScannedLayout.lines(laid), null, null, findings);
    }
    List<String> lines = new ArrayList<>();
    for (String line : frame.lines()) {
      int page = pictureOf(line);
      if (page >= 0 && page < laid.size()) {
        lines.addAll(ScannedLayout.lines(List.of(laid.get(page))));
      } else if (page < 0) {
        lines.add(line);
      }
    }
    List<Finding> all = new ArrayList<>(frame.findings());
    all.addAll(findings);
    return new Body(frame.form(), frame.charset(), lines, frame.title(), frame.publicationDate(), all);
  }

  /** The picture a frame line stands for ({@code "\uE000picture N\uE000"}), or -1 for a line of text. */
  static int pictureOf(String line) {
    if (line.length() < 11 || line.charAt(0) != '\uE000' || !line.startsWith("\uE000picture ")
        || line.charAt(line.length() - 1) != '\uE000') {
      return -1;
    }
    try {
      return Integer.parseInt(line.substring(9, line.length() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The one place a cell's reading becomes layout input: its text centred in the cell's box, so the table finder
   * puts it back into the same cell.
   */
  private static ScannedLayout.Text cellText(String text, ScannedLayout.Box cell) {
    float inset = Math.min(1f, (cell.bottom() - cell.top()) / 4);
    return new ScannedLayout.Text(
        text, new ScannedLayout.Box(cell.left() + inset, cell.top() + inset, cell.right() - inset, cell.bottom() - inset));
  }
}
