package org.disclosurelake.parse.pdf;

/** Character classes used for spacing and for telling readable text from undecoded garbage. */
final class Scripts {

  private Scripts() {}

  /** CJK ideographs, CJK and full-width punctuation: characters that take no spaces around them. */
  static boolean isCjk(char c) {
    return (c >= '\u2E80' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFE30' && c <= '\uFE4F')
        || (c >= '\uFF00' && c <= '\uFFEF')
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u2018'
        || c == '\u2019'
        || c == '\u2014'
        || c == '\u2026'
        || c == '\u00B7';
  }

  /** CJK ideographs only. */
  static boolean isIdeograph(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
  }

  /** Characters that real report text never contains: replacement, private use, controls. */
  static boolean isGarbage(char c) {
    return c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
  }
}
