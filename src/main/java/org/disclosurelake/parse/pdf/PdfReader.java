package org.disclosurelake.parse.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.parse.TextNormalizer;
import org.disclosurelake.parse.ThrowSite;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;

/**
 * Reads PDF reports: glyphs with positions and ruling lines through PDFBox, tables rebuilt from the rulings into pipe
 * rows, other text into paragraphs without page numbers. Image-only, encrypted and unreadable PDFs are rejected.
 */
public final class PdfReader implements FormReader {

  /** Reason given for a PDF with images but no text. */
  public static final String IMAGE_ONLY = "image-only PDF: needs OCR";
  /** How the DECODE finding of a text layer that decodes to garbage begins (it then goes to OCR, docs/ocr.md). */
  public static final String GARBAGE_TEXT = "garbage text";

  /** The packages whose runtime exceptions mean a malformed file. */
  private static final List<String> PDFBOX = List.of("org.apache.pdfbox.", "org.apache.fontbox.");

  /** Titles that name no report: the bare template title, file names, placeholders. */
  private static final Pattern GENERIC_TITLE =
      Pattern.compile(
          "^((\\d{4}年(度)?)?(政府)?信息公开(工作)?(年度)?报告|.*\\.(docx?|wps|pdf)|microsoft word.*|untitled|无标题.*)$",
          Pattern.CASE_INSENSITIVE);

  private final int maxPages;

  /** A reader within the {@link Limits#DEFAULTS default limits}. */
  public PdfReader() {
    this(Limits.DEFAULTS);
  }

  /** A reader of at most {@link Limits#maxPdfPages()} pages a document; the rest is left out with a BUDGET finding. */
  public PdfReader(Limits limits) {
    this.maxPages = limits.maxPdfPages();
  }

  @Override
  public Body read(byte[] bytes, String source) throws RejectedDocumentException {
    if (bytes == null || bytes.length == 0) {
      throw new RejectedDocumentException("broken PDF: empty file", "pdf");
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return read(doc, !endsWithEof(bytes), maxPages);
    } catch (InvalidPasswordException e) {
      throw new RejectedDocumentException("encrypted PDF: " + e.getMessage(), "pdf");
    } catch (IOException e) {
      throw new RejectedDocumentException("broken PDF: " + e.getMessage(), "pdf");
    } catch (RuntimeException e) {
      if (!ThrowSite.in(e, PDFBOX)) {
        throw e; // a bug of our layout code or callbacks: an internal error, not a broken file
      }
      // PDFBox signals some malformed files with runtime exceptions of its own
      throw new RejectedDocumentException("broken PDF: " + e.getMessage(), "pdf");
    }
  }

  /** A complete PDF ends with "%%EOF" (within the last KiB, allowing trailing white space or junk). */
  private static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  private static Body read(PDDocument doc, boolean truncated, int maxPages) throws IOException, RejectedDocumentException {
    List<Finding> findings = new ArrayList<>();
    int total = doc.getNumberOfPages();
    int count = Math.min(total, maxPages);
    if (count < total) {
      findings.add(Finding.of(FindingCode.BUDGET, "PDF has " + total + " pages; read the first " + count));
    }
    GlyphCollector glyphs = new GlyphCollector();
    glyphs.setStartPage(1);
    glyphs.setEndPage(count);
    glyphs.writeText(doc, Writer.nullWriter());
    List<PageContent> pages = new ArrayList<>();
    int images = 0;
    for (int i = 0; i < count && i < glyphs.pages().size(); i++) {
      PDPage page = doc.getPage(i);
      RulingCollector rulings = new RulingCollector(page);
      List<Segment> segments = rulings.collect();
      images += rulings.images();
      PDRectangle box = page.getCropBox();
      pages.add(
          new PageContent(i + 1, box.getWidth(), box.getHeight(), glyphs.pages().get(i), segments, rulings.images()));
    }
    boolean anyText = pages.stream().anyMatch(PageContent::hasText);
    if (!anyText && glyphs.shownGlyphs() == 0) {
      if (truncated) {
        throw new RejectedDocumentException("truncated PDF: no %%EOF at the end and no readable page content", "pdf");
      }
      throw new RejectedDocumentException(images > 0 ? IMAGE_ONLY : "empty PDF: no text and no images", "pdf");
    }
    TextQuality.check(pages, glyphs.shownGlyphs(), glyphs.unmappedGlyphs(), glyphs.cjkFonts()).ifPresent(findings::add);
    return new Body(Form.PDF, null, PdfLayout.lines(pages), title(doc.getDocumentInformation()), null, findings);
  }

  /** The finding of a PDF body whose text layer decodes to garbage ({@link #GARBAGE_TEXT}), if it is one. */
  public static java.util.Optional<Finding> garbled(Body body) {
    if (body.form() != Form.PDF) {
      return java.util.Optional.empty();
    }
    return body.findings().stream()
        .filter(f -> f.code() == FindingCode.DECODE && f.message().startsWith(GARBAGE_TEXT))
        .findFirst();
  }

  /** The Title metadata when it names this report, else null. */
  static String title(PDDocumentInformation info) {
    String raw = info == null ? null : info.getTitle();
    if (raw == null) {
      return null;
    }
    String t = TextNormalizer.normalize(raw).strip();
    String compact = t.replaceAll("\\s+", "");
    return compact.isEmpty() || GENERIC_TITLE.matcher(compact).matches() ? null : t;
  }
}
