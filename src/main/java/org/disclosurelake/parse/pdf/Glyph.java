package org.disclosurelake.parse.pdf;

/**
 * One glyph with its Unicode text, in page space with the origin at the top left (y grows downwards).
 *
 * @param text the Unicode text of the glyph (usually one char)
 * @param x left edge
 * @param baseline baseline y
 * @param width advance width
 * @param size font size in points (never 0)
 */
record Glyph(String text, float x, float baseline, float width, float size) {

  /** Horizontal centre. */
  float centerX() {
    return x + width / 2;
  }

  /** Vertical centre, estimated from the baseline and the font size. */
  float centerY() {
    return baseline - size * 0.35f;
  }

  /** Right edge. */
  float right() {
    return x + width;
  }

  boolean blank() {
    return text.isBlank();
  }
}
