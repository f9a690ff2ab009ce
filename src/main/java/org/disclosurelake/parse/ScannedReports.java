package org.disclosurelake.parse;

import java.util.Objects;
import java.util.Optional;
import org.disclosurelake.parse.ocr.OcrReader;
import org.disclosurelake.parse.ocr.ScannedDocument;
import org.disclosurelake.parse.ocr.Tesseract;
import org.disclosurelake.parse.pdf.PdfReader;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;

/**
 * Parses scanned reports (image-only PDFs, page images): OCR, then the usual extraction, then {@link OcrVerifier}
 * checks every reading against the template's arithmetic. Without tesseract the document is rejected saying so.
 */
final class ScannedReports {

  private final Tesseract tesseract;
  private final OcrReader reader;

  ScannedReports(Tesseract tesseract, Limits limits) {
    this.tesseract = Objects.requireNonNull(tesseract, "tesseract");
    this.reader = new OcrReader(tesseract, limits.ocr());
  }

  /** An image-only PDF. */
  ParseResult parsePdf(byte[] bytes, String source, String sha) {
    Optional<String> missing = tesseract.unavailable();
    if (missing.isPresent()) {
      return reject(source, sha, bytes, PdfReader.IMAGE_ONLY + ", but " + missing.get(), "pdf");
    }
    try {
      return OcrVerifier.verify(reader.readPdf(bytes), source, sha, bytes.length);
    } catch (RejectedDocumentException e) {
      return reject(source, sha, bytes, e.getMessage(), e.detectedType());
    }
  }

  /** A PNG, JPEG or TIFF image of {@code type}. */
  ParseResult parseImage(byte[] bytes, String source, String sha, String type) {
    Optional<String> missing = tesseract.unavailable();
    if (missing.isPresent()) {
      return reject(source, sha, bytes, "image (" + type + ") needs OCR, but " + missing.get(), type);
    }
    try {
      ScannedDocument doc = reader.readImage(bytes, type);
      return OcrVerifier.verify(doc, source, sha, bytes.length);
    } catch (RejectedDocumentException e) {
      return reject(source, sha, bytes, e.getMessage(), e.detectedType());
    }
  }

  private static ParseResult reject(String source, String sha, byte[] bytes, String reason, String type) {
    return ParseResult.rejected(new Rejection(source, sha, bytes.length, reason, type));
  }
}
