package org.disclosurelake.parse;

/**
 * Tells whether bytes are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), exactly what the JDK's strict UTF-8 decoder accepts.
 */
final class Utf8 {

  private Utf8() {}

  static boolean isValid(byte[] b) {
    return !malformedBefore(b, b.length);
  }

  /** True when a malformed sequence starts before {@code limit} (sequences are read to their end regardless). */
  static boolean malformedBefore(byte[] b, int limit) {
    int i = 0;
    int n = b.length;
    int end = Math.min(n, limit);
    while (i < end) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF; // the allowed range of the second byte
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
        hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      } else {
        return true;
      }
      if (i + len > n) {
        return true;
      }
      int second = b[i + 1] & 0xff;
      if (second < lo || second > hi) {
        return true;
      }
      for (int k = 2; k < len; k++) {
        int next = b[i + k] & 0xff;
        if (next < 0x80 || next > 0xBF) {
          return true;
        }
      }
      i += len;
    }
    return false;
  }
}
