package org.disclosurelake.report;

import java.util.Locale;

/** The physical form a report arrived in. */
public enum Form {
  TEXT,
  HTML,
  PDF,
  DOCX,
  DOC,
  /** An image-only (scanned) PDF, read by OCR. */
  PDF_OCR,
  /** A PNG, JPEG or TIFF image of report pages, read by OCR. */
  IMAGE_OCR,
  UNKNOWN;

  /** The stable lower-case name used in JSON and in the lake ({@code pdf-ocr} for {@link #PDF_OCR}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
