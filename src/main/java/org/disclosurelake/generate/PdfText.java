package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width the way a word processor does for Chinese: between any two characters,
 * but never inside a run of Latin letters and digits (a figure stays whole) and never before closing punctuation.
 */
final class PdfText {

  private static final String NO_LINE_START = "，。、；：？！）》〉」』”’〕】%,.;:)";

  private PdfText() {}

  /**
   * @param text the text
   * @param size the font size
   * @param first the width of the first line (smaller when indented)
   * @param rest the width of the other lines
   */
  static List<String> wrap(String text, float size, float first, float rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    for (String token : tokens(text)) {
      float w = StandardCjkFont.advance(token) * size;
      float limit = lines.isEmpty() ? first : rest;
      if (used + w > limit + 0.01f && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      line.append(token);
      used += w;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Unbreakable pieces: a run of Latin letters and digits (with its decimal point), or one character. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int j = i + 1;
      if (latin(text.charAt(i))) {
        while (j < text.length() && (latin(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
      }
      while (j < text.length() && NO_LINE_START.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      out.add(text.substring(i, j));
      i = j;
    }
    return out;
  }

  private static boolean latin(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
