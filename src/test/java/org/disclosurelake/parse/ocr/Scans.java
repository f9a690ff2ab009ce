package org.disclosurelake.parse.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes scanned versions of text PDFs for the OCR tests and benchmark: pages rendered to images (the text layer
 * gone), optionally made to look scanned (a slight rotation, noise, JPEG compression), wrapped as an image-only PDF
 * or a multi-page TIFF.
 */
public final class Scans {

  private Scans() {}

  /** The pages of a PDF rendered in grey at {@code dpi}. */
  public static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
    List<BufferedImage> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        out.add(r.renderImageWithDPI(i, dpi, ImageType.GRAY));
      }
    }
    return out;
  }

  /**
   * A page as if scanned: turned by {@code degrees}, with salt-and-pepper noise on {@code noise} of the pixels and a
   * light grey paper tone; deterministic for a seed.
   */
  public static BufferedImage scanned(BufferedImage page, double degrees, double noise, long seed) {
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(new java.awt.Color(235, 235, 235));
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    java.awt.image.WritableRaster r = out.getRaster();
    Random random = new Random(seed);
    int n = (int) (noise * out.getWidth() * out.getHeight());
    for (int i = 0; i < n; i++) {
      int x = random.nextInt(out.getWidth());
      int y = random.nextInt(out.getHeight());
      r.setSample(x, y, 0, random.nextBoolean() ? 40 : 255);
    }
    // a paper tone: darken white towards the tone left by the rotation's background
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int v = r.getSample(x, y, 0);
        r.setSample(x, y, 0, Math.min(v, 238));
      }
    }
    return out;
  }

  /** An image-only PDF of the pages (A4 portrait), lossless or as JPEG of the given quality (0–1, or -1). */
  public static byte[] imageOnlyPdf(List<BufferedImage> pages, float jpegQuality) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (BufferedImage page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        PDImageXObject img = jpegQuality < 0 ? LosslessFactory.createFromImage(doc, page)
            : JPEGFactory.createFromImage(doc, page, jpegQuality);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /**
   * An image-only PDF of the pages under a text layer that decodes to garbage, as a CJK font with a wrong Unicode
   * map makes: on every page the Latin {@code junk} drawn invisibly (render mode 3) over the image in an embedded
   * Type 0 font named SimSun, so text extraction gets Latin letters where Chinese is expected.
   */
  public static byte[] garbledPdf(List<BufferedImage> pages, String junk) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font;
      try (InputStream ttf = PDType0Font.class.getResourceAsStream(
          "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        font = PDType0Font.load(doc, ttf, false);
      }
      font.getCOSObject().setName(COSName.BASE_FONT, "SimSun");
      for (BufferedImage page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        PDImageXObject img = LosslessFactory.createFromImage(doc, page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
          cs.beginText();
          cs.setRenderingMode(RenderingMode.NEITHER);
          cs.setFont(font, 10);
          cs.newLineAtOffset(72, 720);
          cs.showText(junk);
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A multi-page TIFF of the pages (deflate-compressed). */
  public static byte[] tiff(List<BufferedImage> pages) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
    ImageWriter w = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      w.setOutput(out);
      ImageWriteParam param = w.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      w.prepareWriteSequence(null);
      for (BufferedImage page : pages) {
        w.writeToSequence(new IIOImage(page, null, null), param);
      }
      w.endWriteSequence();
    } finally {
      w.dispose();
    }
    return bytes.toByteArray();
  }
}
