package org.disclosurelake.generate;

import java.util.Locale;

/**
 * The content stream of one page being written, in points measured from the top-left corner: text lines in the
 * standard Chinese font {@code /F1} and ruling lines, as the operators a PDF page is made of.
 */
final class PdfPage {

  private final float height;
  private final StringBuilder ops = new StringBuilder(32_768);

  PdfPage(float height) {
    this.height = height;
  }

  /** Shows {@code text} with its baseline at {@code baseline}, starting at {@code x}. */
  void text(float x, float baseline, float size, String text) {
    if (text.isEmpty()) {
      return;
    }
    ops.append("BT\n/F1 ").append(num(size)).append(" Tf\n1 0 0 1 ").append(num(x)).append(' ')
        .append(num(height - baseline)).append(" Tm\n").append(StandardCjkFont.hex(text)).append(" Tj\nET\n");
  }

  /** Strokes a 0.5 pt line from (x1, y1) to (x2, y2). */
  void line(float x1, float y1, float x2, float y2) {
    ops.append("0.5 w ").append(num(x1)).append(' ').append(num(height - y1)).append(" m ").append(num(x2)).append(' ')
        .append(num(height - y2)).append(" l S\n");
  }

  /** The operators written so far. */
  String content() {
    return ops.toString();
  }

  private static String num(float v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
