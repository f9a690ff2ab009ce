package org.disclosurelake.parse.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the charset a page declares in a {@code <meta charset>} or {@code http-equiv="Content-Type"} tag near its
 * start, reading the bytes as Latin-1 (the declaration itself is ASCII in every charset we meet).
 */
final class DeclaredCharset {

  /** How far into the page a declaration is looked for; crawler-saved pages push it down. */
  private static final int SCAN_BYTES = 32 * 1024;
  private static final int MAX_TAG = 1024;

  private DeclaredCharset() {}

  /** The declared charset name, or null when the page declares none. */
  static String find(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SCAN_BYTES), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int from = 0;
    int meta;
    while ((meta = head.indexOf("<meta", from)) >= 0) {
      int end = head.indexOf('>', meta);
      if (end < 0) {
        end = Math.min(head.length(), meta + MAX_TAG);
      }
      String name = charsetIn(head.substring(meta, Math.min(end, meta + MAX_TAG)));
      if (name != null) {
        return name;
      }
      from = meta + 5;
    }
    return null;
  }

  /** The value after "charset=" in one meta tag: {@code charset="gbk"} or {@code content="text/html; charset=gbk"}. */
  private static String charsetIn(String tag) {
    int at = tag.indexOf("charset");
    if (at < 0) {
      return null;
    }
    int i = at + "charset".length();
    while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '\t' || tag.charAt(i) == '\n' || tag.charAt(i) == '\r')) {
      i++;
    }
    if (i >= tag.length() || tag.charAt(i) != '=') {
      return null;
    }
    i++;
    while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '"' || tag.charAt(i) == '\'')) {
      i++;
    }
    int start = i;
    while (i < tag.length() && isNameChar(tag.charAt(i))) {
      i++;
    }
    return i > start ? tag.substring(start, i) : null;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
  }
}
