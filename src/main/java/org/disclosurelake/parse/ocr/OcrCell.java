package org.disclosurelake.parse.ocr;

import java.util.List;

/**
 * One table cell read by OCR.
 *
 * @param page 0-based page index
 * @param text the best reading ("" for a cell without ink)
 * @param confidence tesseract's confidence in the reading, 0–100 (100 for a cell without ink)
 * @param number whether the cell holds a number (read with the digits-only model)
 * @param alternatives other plausible readings of a number, most plausible first: the other of its two digit readings
 *     (word and line mode) where they disagree, the recogniser's reading with the Chinese model, then readings with
 *     one confusable digit changed
 */
public record OcrCell(int page, String text, double confidence, boolean number, List<String> alternatives) {

  /**
   * The confidence from which a reading is taken as what the page prints; below it, the template's arithmetic has
   * the last word ({@code OcrVerifier}).
   */
  public static final double TRUSTED = 80;

  public OcrCell {
    alternatives = List.copyOf(alternatives);
  }
}
