package org.disclosurelake.parse.table;

/**
 * A view of a text with all white space removed and bracket variants unified, mapping every position back to the
 * original, so labels broken over lines ("本年新收政府信息公开\n申请数量") are found with a plain substring search.
 */
public final class CompactText {

  private final String original;
  private final String compact;
  private final int[] toOriginal;

  public CompactText(String original) {
    this.original = original;
    StringBuilder sb = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      sb.append(unify(c));
      map[n++] = i;
    }
    map[n] = original.length();
    this.compact = sb.toString();
    this.toOriginal = java.util.Arrays.copyOf(map, n + 1);
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
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      sb.append(unify(s.charAt(i)));
    }
    return sb.toString();
  }

  public String compact() {
    return compact;
  }

  public String original() {
    return original;
  }

  public int length() {
    return compact.length();
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
    return toOriginal[Math.min(Math.max(i, 0), toOriginal.length - 1)];
  }

  /** The original text between two compact positions, white space included. */
  String originalBetween(int from, int to) {
    if (to <= from) {
      return "";
    }
    return original.substring(originalIndex(from), originalIndex(to));
  }
}
