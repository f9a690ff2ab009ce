package org.disclosurelake.parse.ocr;

/** OCR could not run on a document (tesseract missing, failed or out of time); the document is rejected with it. */
public final class OcrException extends Exception {
  private static final long serialVersionUID = 1L;

  public OcrException(String message) {
    super(message);
  }

  public OcrException(String message, Throwable cause) {
    super(message, cause);
  }
}
