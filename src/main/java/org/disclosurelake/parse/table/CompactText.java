package org.disclosurelake.parse.table;

import org.disclosurelake.parse.TextNormalizer;

/**
 * A view of a text with all white space removed and bracket variants unified, mapping every position back to the
 * original, so labels broken over lines ("本年新收政府信息公开\n申请数量") are found with a plain substring search.
 */
public final class CompactText {

  private final String original;
  private final String compact;
  private final int[] toOriginal; // valid up to index length
  private final int length;

  public CompactText(String original) {
    this.original = original;
    char[] chars = original.toCharArray();
    int[] map = new int[chars.length + 1];
    int n = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (TextNormalizer.isWhitespace(c)) {
        continue;
      }
      chars[n] = unify(c); // in place: n never passes i
      map[n++] = i;
    }
    map[n] = original.length();
    this.compact = new String(chars, 0, n);
    this.toOriginal = map;
    this.length = n;
  }

  /** Full-width brackets and stops become their ASCII forms so one spelling of a keyword matches both. */
  static char unify(char c) {
    switch (c) {
      case '（':
        return '(';
      case '）':
        return ')';
      case '．':
        return '.';
      case '：':
        return ':';
      default:
        return c;
    }
  }

  /** The keyword with its bracket variants unified. */
  static String unify(String s) {
    if (!needsUnifying(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(unify(s.charAt(i)));
    }
    return sb.toString();
  }

  private static boolean needsUnifying(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unify(c) != c) {
        return true;
      }
    }
    return false;
  }

  public String compact() {
    return compact;
  }

  public String original() {
    return original;
  }

  public int length() {
    return length;
  }

  char charAt(int i) {
    return compact.charAt(i);
  }

  /** First index of the keyword at or after {@code from} and before {@code to}, or -1. */
  public int indexOf(String keyword, int from, int to) {
    int i = compact.indexOf(unify(keyword), Math.max(0, from));
    return i >= 0 && i + keyword.length() <= to ? i : -1;
  }

  /** The original position of compact position {@code i} (the text length for {@code i == length()}). */
  int originalIndex(int i) {
    return toOriginal[Math.min(Math.max(i, 0), length)];
  }

  /** The original text between two compact positions, white space included. */
  String originalBetween(int from, int to) {
    if (to <= from) {
      return "";
    }
    return original.substring(originalIndex(from), originalIndex(to));
  }
}
