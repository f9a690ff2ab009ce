package org.disclosurelake.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.disclosurelake.parse.html.HtmlReader;
import org.disclosurelake.parse.ocr.OcrReader;
import org.disclosurelake.parse.ocr.ScannedDocument;
import org.disclosurelake.parse.ocr.Tesseract;
import org.disclosurelake.report.Form;
import org.disclosurelake.report.ParseResult;

/**
 * HTML reports whose tables are pictures ({@code <img>}): each picture beside the page (a relative {@code src}) or
 * inside it (a {@code data:} URI) is read by OCR and its grid put in the picture's place, so the usual template
 * readers see the tables; {@link OcrVerifier} checks the pictures' readings like a scan's. Pictures too small to
 * hold a table, unreadable or out of reach are left out, as a browser without them would show the page.
 */
final class HtmlPictures {

  /** Pictures smaller than this (icons, logos, spacer GIFs) cannot hold a disclosure table. */
  private static final int MIN_WIDTH = 300;
  private static final int MIN_HEIGHT = 100;

  private final Tesseract tesseract;
  private final SiblingFiles siblings;
  private final OcrReader reader;

  HtmlPictures(Tesseract tesseract, SiblingFiles siblings, Limits.Ocr limits) {
    this.tesseract = tesseract;
    this.siblings = siblings;
    this.reader = new OcrReader(tesseract, limits);
  }

  /** Whether the page may show pictures worth reading: it has an {@code <img} and OCR can run. */
  boolean worthReading(byte[] bytes) {
    return contains(bytes, "<img") && tesseract.unavailable().isEmpty();
  }

  /** The report of an HTML page with its pictures read, or empty when none of them could be read. */
  Optional<ParseResult> parse(HtmlReader.PicturedBody page, String source, String sha, long size)
      throws RejectedDocumentException {
    List<BufferedImage> pictures = new ArrayList<>();
    List<String> frame = new ArrayList<>();
    for (String line : page.body().lines()) {
      int n = markerIndex(page, line);
      if (n < 0) {
        frame.add(line);
        continue;
      }
      String src = page.pictures().get(n);
      Optional<BufferedImage> picture = picture(source, src);
      if (picture.isPresent()) {
        frame.add(HtmlReader.pictureMarker(pictures.size()));
        pictures.add(picture.get());
      }
    }
    if (pictures.isEmpty()) {
      return Optional.empty();
    }
    Body html = page.body();
    ScannedDocument doc = reader.readPictures(pictures)
        .inFrame(new Body(Form.HTML, html.charset(), frame, html.title(), html.publicationDate(), html.findings()));
    return Optional.of(OcrVerifier.verify(doc, source, sha, size).withCompanions(companions(page, source)));
  }

  /**
   * The files beside the page that its report's pictures are, or would be: every picture of the report's content
   * that names a sibling file, read or not. A picture missing or unreadable when the page was read is recorded too,
   * so the run after the publisher adds or fixes it reads the page again (the page's own bytes do not change).
   */
  List<String> companions(HtmlReader.PicturedBody page, String source) {
    List<String> companions = new ArrayList<>();
    for (String src : page.pictures()) {
      siblings.locate(source, src).filter(f -> !companions.contains(f)).ifPresent(companions::add);
    }
    return companions;
  }

  private static int markerIndex(HtmlReader.PicturedBody page, String line) {
    for (int i = 0; i < page.pictures().size(); i++) {
      if (line.equals(HtmlReader.pictureMarker(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The picture a {@code src} names, decoded, when it is large enough to hold a table. */
  private Optional<BufferedImage> picture(String source, String src) {
    Optional<byte[]> bytes;
    if (src.regionMatches(true, 0, "data:image/", 0, 11)) {
      int comma = src.indexOf(',');
      if (comma < 0 || !src.substring(0, comma).endsWith(";base64")) {
        return Optional.empty();
      }
      try {
        bytes = Optional.of(Base64.getMimeDecoder().decode(src.substring(comma + 1)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    } else {
      bytes = siblings.read(source, src);
    }
    if (bytes.isEmpty() || bytes.get().length > SiblingFiles.MAX_BYTES) {
      return Optional.empty();
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.get()));
      if (image == null || image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT
          || (long) image.getWidth() * image.getHeight() > 40_000_000L) {
        return Optional.empty();
      }
      return Optional.of(image);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a broken picture is left out, as a browser would
    }
  }

  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        int b = bytes[i + j];
        if (Character.toLowerCase((char) (b & 0xff)) != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
