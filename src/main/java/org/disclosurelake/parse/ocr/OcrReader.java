package org.disclosurelake.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.disclosurelake.parse.BudgetedParser;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;

/**
 * Reads scanned reports (image-only PDFs, PNG/JPEG/TIFF pages) into a {@link ScannedDocument}: each page
 * straightened, its ruling lines found, the ruled tables' cells cropped and read one by one (Chinese for labels,
 * digits only for numbers), the rest of the page read as prose.
 */
public final class OcrReader {

  /** Coarser scans are rejected: 10.5 pt characters are under 15 pixels high and tesseract guesses. */
  static final double MIN_DPI = 100;
  /** PDF pages are rendered at their scan's resolution, at least this (at most {@link Limits.Ocr#maxRenderDpi}). */
  private static final double MIN_RENDER_DPI = 150;
  /** Cell images are scaled to this resolution for the recogniser. */
  private static final double CELL_DPI = 300;

  /** Time a budgeted parse is granted per scanned page, on top of its budget (a page takes 3–10 s on one core). */
  public static final java.time.Duration TIME_PER_PAGE = java.time.Duration.ofSeconds(60);

  private final Tesseract tesseract;
  private final Limits.Ocr limits;

  /** A reader through this tesseract within the {@link Limits#DEFAULTS default limits}. */
  public OcrReader(Tesseract tesseract) {
    this(tesseract, Limits.DEFAULTS.ocr());
  }

  /** A reader through this tesseract within these limits (pages, pixels a page, render resolution). */
  public OcrReader(Tesseract tesseract, Limits.Ocr limits) {
    this.tesseract = Objects.requireNonNull(tesseract, "tesseract");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A page image and its resolution in dots per inch. */
  private record PageImage(BufferedImage image, double dpi) {}

  /** Reads an image-only PDF. */
  public ScannedDocument readPdf(byte[] bytes) throws RejectedDocumentException {
    return readPdf(bytes, List.of());
  }

  /** Reads the rendered pages of a PDF, its report starting with the given findings (why it went to OCR). */
  public ScannedDocument readPdf(byte[] bytes, List<Finding> why) throws RejectedDocumentException {
    List<Finding> findings = new ArrayList<>(why);
    List<PageImage> images = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int total = doc.getNumberOfPages();
      int count = Math.min(total, limits.maxPages());
      if (count < total) {
        findings.add(Finding.of(FindingCode.BUDGET, "scanned PDF has " + total + " pages; read the first " + count));
      }
      double scan = scanDpi(doc, count, limits.maxRenderDpi());
      if (scan < MIN_DPI) {
        throw new RejectedDocumentException(String.format(java.util.Locale.ROOT,
            "image-only PDF scanned at %.0f dpi: too coarse for OCR (needs at least %.0f dpi)", scan, MIN_DPI), "pdf");
      }
      float dpi = (float) Math.max(MIN_RENDER_DPI, Math.min(limits.maxRenderDpi(), scan));
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int i = 0; i < count; i++) {
        images.add(new PageImage(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), dpi));
      }
    } catch (IOException | RuntimeException e) {
      throw new RejectedDocumentException("broken PDF: " + e.getMessage(), "pdf");
    }
    return read(Form.PDF_OCR, images, findings);
  }

  /** Reads a PNG, JPEG or (multi-page) TIFF image of report pages. */
  public ScannedDocument readImage(byte[] bytes, String type) throws RejectedDocumentException {
    List<Finding> findings = new ArrayList<>();
    List<PageImage> images = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new RejectedDocumentException("image (" + type + "): no decoder for this image format", type);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int total = reader.getNumImages(true);
        int count = Math.min(total, limits.maxPages());
        if (count < total) {
          findings.add(Finding.of(FindingCode.BUDGET, "image has " + total + " pages; read the first " + count));
        }
        for (int i = 0; i < count; i++) {
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          if (pixels > limits.maxPixels()) {
            throw new RejectedDocumentException("image (" + type + ") of " + reader.getWidth(i) + "x"
                + reader.getHeight(i) + " pixels: larger than an A4 page at 600 dpi", type);
          }
          BufferedImage image = reader.read(i);
          // no reliable resolution in image files: assume the page is A4 (8.27 inches across its short side)
          double dpi = Math.min(image.getWidth(), image.getHeight()) / 8.27;
          if (dpi < MIN_DPI) {
            throw new RejectedDocumentException(String.format(java.util.Locale.ROOT,
                "image (%s) of %dx%d pixels: too coarse for OCR (an A4 page needs at least %.0f dpi)", type,
                image.getWidth(), image.getHeight(), MIN_DPI), type);
          }
          images.add(new PageImage(image, dpi));
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new RejectedDocumentException("image (" + type + ") unreadable: " + e.getMessage(), type);
    }
    return read(Form.IMAGE_OCR, images, findings);
  }

  /**
   * Reads pictures of tables (an HTML page's {@code <img>}s), one page each. A picture has no page to tell its
   * resolution from: screen captures and exported tables are drawn at 96–150 dpi, read as {@value #PICTURE_DPI}.
   */
  public ScannedDocument readPictures(List<BufferedImage> pictures) throws RejectedDocumentException {
    List<PageImage> images = new ArrayList<>();
    for (BufferedImage p : pictures) {
      images.add(new PageImage(p, PICTURE_DPI));
    }
    return read(Form.IMAGE_OCR, images, new ArrayList<>());
  }

  /** The resolution pictures of an HTML page are read at. */
  static final double PICTURE_DPI = 150;

  /** The resolution of the coarsest page's largest image, as drawn across the page's width. */
  private static double scanDpi(PDDocument doc, int count, double fallback) throws IOException {
    double worst = Double.MAX_VALUE;
    for (int i = 0; i < count; i++) {
      PDPage page = doc.getPage(i);
      float inches = Math.min(page.getCropBox().getWidth(), page.getCropBox().getHeight()) / 72f;
      int widest = 0;
      if (page.getResources() != null) {
        for (COSName name : page.getResources().getXObjectNames()) {
          PDXObject x = page.getResources().getXObject(name);
          if (x instanceof PDImageXObject img) {
            widest = Math.max(widest, Math.min(img.getWidth(), img.getHeight()));
          }
        }
      }
      if (widest > 0) {
        worst = Math.min(worst, widest / inches);
      }
    }
    return worst == Double.MAX_VALUE ? fallback : worst;
  }

  private ScannedDocument read(Form form, List<PageImage> images, List<Finding> findings)
      throws RejectedDocumentException {
    BudgetedParser.allowMore(TIME_PER_PAGE.multipliedBy(images.size()));
    PageReading pages = new PageReading();
    for (int i = 0; i < images.size(); i++) {
      pages.add(i, images.get(i).image(), images.get(i).dpi());
    }
    try {
      return pages.recognise(tesseract, form, findings);
    } catch (OcrException e) {
      throw new RejectedDocumentException(e.getMessage(), form.code());
    }
  }
}
