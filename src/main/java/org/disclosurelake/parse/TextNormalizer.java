package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.agency.Tsv;

/**
 * Normalises decoded text: full-width digits to ASCII, odd spaces to plain spaces, line ends to '\n', and the
 * traditional characters of the label vocabulary to simplified ones (traditional-to-simplified.tsv), so a
 * report copied from a traditional-character mirror matches the same labels.
 */
public final class TextNormalizer {

  // traditional → simplified, indexed by char; 0 where a char stays as it is
  private static final char[] SIMPLIFIED = loadSimplified();

  private TextNormalizer() {}

  private static char[] loadSimplified() {
    char[] m = new char[Character.MAX_VALUE + 1];
    // no header line: every record is a pair
    for (String[] pair : Tsv.readResource("/traditional-to-simplified.tsv")) {
      if (pair.length >= 2 && !pair[0].isEmpty() && !pair[1].isEmpty()) {
        m[pair[0].charAt(0)] = pair[1].charAt(0);
      }
    }
    return m;
  }

  /** Normalises one string (see class comment); Chinese punctuation such as （）、：is kept. */
  public static String normalize(CharSequence s) {
    char[] chars = s.toString().toCharArray();
    int n = normalizeInPlace(chars);
    return new String(chars, 0, n);
  }

  /** Normalises and splits into lines, trimming trailing spaces; blank lines are kept out. */
  public static List<String> lines(CharSequence s) {
    char[] norm = s.toString().toCharArray();
    int n = normalizeInPlace(norm);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || norm[i] == '\n') {
        String line = new String(norm, start, i - start).strip();
        if (!line.isEmpty()) {
          out.add(line);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * True for the characters {@link Character#isWhitespace(char)} accepts, answered without its table lookup for
   * the Chinese text between U+3001 and U+FFFF (none of which is white space).
   */
  public static boolean isWhitespace(char c) {
    return c <= ' ' ? Character.isWhitespace(c) : c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
  }

  /** Normalises the chars in place (each char gives at most one); returns the normalised length. */
  private static int normalizeInPlace(char[] s) {
    int len = s.length;
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (c == '\r' && i + 1 < len && s[i + 1] == '\n') {
        continue; // "\r\n" is one line end
      }
      int m = normalized(c);
      if (m >= 0) {
        s[n++] = (char) m;
      }
    }
    return n;
  }

  /** One char normalised ('\r' alone becomes '\n'), or -1 for a zero-width char, which carries nothing. */
  public static int normalized(char c) {
    if (c < 0x80 && c != '\t' && c != '\r') {
      return c; // plain ASCII stays as it is: the common case, kept apart for speed
    } else if (c > '\u3000' && c < '\uFEFF') {
      // CJK text: none of the characters handled below lies in this range
      char simplified = SIMPLIFIED[c];
      return simplified == 0 ? c : simplified;
    } else if (c >= '\uFF10' && c <= '\uFF19') { // full-width digits
      return c - '\uFF10' + '0';
    } else if (c == '\uFF0E') { // full-width full stop used as decimal point
      return '.';
    } else if (c == '\uFF0D' || c == '\u2212') { // full-width hyphen, minus sign
      return '-';
    } else if (c == '\uFF5C' || c == '\u2502') { // full-width vertical bar, box drawing
      return '|';
    } else if (c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t') {
      return ' ';
    } else if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
      return -1;
    } else if (c == '\r') {
      return '\n';
    } else {
      char simplified = SIMPLIFIED[c];
      return simplified == 0 ? c : simplified;
    }
  }
}
