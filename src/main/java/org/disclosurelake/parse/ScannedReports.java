package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.disclosurelake.parse.ocr.OcrReader;
import org.disclosurelake.parse.ocr.ScannedDocument;
import org.disclosurelake.parse.ocr.Tesseract;
import org.disclosurelake.parse.pdf.PdfReader;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
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

  /**
   * A PDF whose text layer decodes to garbage ({@code why}, a DECODE finding): its rendered pages are read by OCR,
   * and the report says why. Where OCR cannot run or rejects the pages, the text layer's own reading
   * ({@code textLayer}) is kept, with a finding saying OCR was not possible, or, when that reading is a rejection
   * too, the document is rejected saying both.
   */
  ParseResult parseGarbledPdf(byte[] bytes, String source, String sha, Finding why,
      Supplier<ParseResult> textLayer) {
    String reason;
    Optional<String> missing = tesseract.unavailable();
    if (missing.isPresent()) {
      reason = missing.get();
    } else {
      try {
        Finding ocr = Finding.of(FindingCode.DECODE, why.message() + "; the pages were read by OCR instead");
        return OcrVerifier.verify(reader.readPdf(bytes, List.of(ocr)), source, sha, bytes.length);
      } catch (RejectedDocumentException e) {
        reason = e.getMessage();
      }
    }
    ParseResult text = textLayer.get();
    if (text.isRejected()) {
      // nothing readable in the text layer either: the rejection says why OCR did not read it
      return reject(source, sha, bytes, why.message() + "; needs OCR, but " + reason, "pdf");
    }
    Report r = text.report();
    List<Finding> findings = new ArrayList<>(r.findings());
    findings.add(Finding.of(FindingCode.DECODE, "the garbled text layer needs OCR, which failed: " + reason));
    return ParseResult.of(r.with(r.facts(), findings));
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
