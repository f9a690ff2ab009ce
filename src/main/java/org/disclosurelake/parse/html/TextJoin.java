package org.disclosurelake.parse.html;

import org.disclosurelake.parse.TextNormalizer;

/**
 * Joins the text fragments of one line or one table cell, deciding where whitespace survives. In a cell, whitespace
 * survives only between two Latin letters, so labels and figures split over spans or {@code <p>}s join up
 * ({@code 自然|人} → 自然人, {@code 2|0} → 20); in running text it also survives between other non-CJK characters.
 */
final class TextJoin {

  private final boolean cell;
  private final int maxChars;
  private final StringBuilder out = new StringBuilder();
  private boolean pendingSpace;
  private boolean truncated;

  private TextJoin(boolean cell, int maxChars) {
    this.cell = cell;
    this.maxChars = maxChars;
  }

  /** A joiner for a table cell: whitespace only between Latin letters. */
  static TextJoin forCell(int maxChars) {
    return new TextJoin(true, maxChars);
  }

  /** A joiner for a line of running text: whitespace kept except next to CJK characters. */
  static TextJoin forLine(int maxChars) {
    return new TextJoin(false, maxChars);
  }

  /** Appends a raw text fragment (normalised here: full-width digits, odd spaces). */
  void append(String raw) {
    // char by char, without a normalised copy: "\r\n" gives two white-space chars instead of one, and white space
    // only sets pendingSpace, so the result is the same
    for (int i = 0; i < raw.length(); i++) {
      int m = TextNormalizer.normalized(raw.charAt(i));
      if (m < 0) {
        continue;
      }
      char c = (char) m;
      if (TextNormalizer.isWhitespace(c)) {
        pendingSpace = true;
      } else {
        appendVisible(c);
      }
    }
  }

  /** Marks a boundary that reads as whitespace ({@code <br>}, a block inside a cell). */
  void boundary() {
    pendingSpace = true;
  }

  private void appendVisible(char c) {
    if (out.length() >= maxChars) {
      truncated = true;
      return;
    }
    if (pendingSpace && out.length() > 0 && keepsSpace(out.charAt(out.length() - 1), c)) {
      out.append(' ');
    }
    pendingSpace = false;
    out.append(c);
  }

  private boolean keepsSpace(char before, char after) {
    if (cell) {
      return isLatinLetter(before) && isLatinLetter(after);
    }
    return !isWide(before) && !isWide(after);
  }

  boolean isEmpty() {
    return out.length() == 0;
  }

  /** True when text was dropped because the line or cell reached its size limit. */
  boolean truncated() {
    return truncated;
  }

  /** The joined text, and resets for the next line (the truncation flag is kept). */
  String take() {
    String s = out.toString();
    out.setLength(0);
    pendingSpace = false;
    return s;
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
  }

  /** CJK ideographs, CJK and full-width punctuation, and typographic quotes and dashes used in Chinese text. */
  static boolean isWide(char c) {
    return (c >= '\u2E80' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFE30' && c <= '\uFE4F')
        || (c >= '\uFF00' && c <= '\uFFEF')
        || (c >= '\u2010' && c <= '\u206F')
        || Character.isSurrogate(c);
  }

  /** True for a CJK ideograph (used to measure Chinese text density). */
  static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
  }
}
