package org.disclosurelake.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    try (InputStream in = TextNormalizer.class.getResourceAsStream("/traditional-to-simplified.tsv")) {
      if (in == null) {
        throw new IllegalStateException("Cannot find traditional-to-simplified.tsv on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.length() >= 3 && !line.startsWith("#")) {
          m[line.charAt(0)] = line.charAt(2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read traditional-to-simplified.tsv", e);
    }
    return m;
  }

  /** Normalises one string (see class comment); Chinese punctuation such as （）、：is kept. */
  public static String normalize(CharSequence s) {
    char[] out = new char[s.length()];
    int n = normalizeInto(s, out);
    return new String(out, 0, n);
  }

  /** Normalises and splits into lines, trimming trailing spaces; blank lines are kept out. */
  public static List<String> lines(CharSequence s) {
    char[] norm = new char[s.length()];
    int n = normalizeInto(s, norm);
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

  /** Writes the normalised text into {@code out} (at least as long as the input); returns its length. */
  private static int normalizeInto(CharSequence s, char[] out) {
    int len = s.length();
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80 && c != '\t' && c != '\r') {
        out[n++] = c; // plain ASCII stays as it is: the common case, kept apart for speed
      } else if (c >= '\uFF10' && c <= '\uFF19') { // full-width digits
        out[n++] = (char) (c - '\uFF10' + '0');
      } else if (c == '\uFF0E') { // full-width full stop used as decimal point
        out[n++] = '.';
      } else if (c == '\uFF0D' || c == '\u2212') { // full-width hyphen, minus sign
        out[n++] = '-';
      } else if (c == '\uFF5C' || c == '\u2502') { // full-width vertical bar, box drawing
        out[n++] = '|';
      } else if (c == '\u00A0' || c == '\u3000' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t') {
        out[n++] = ' ';
      } else if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
        // zero-width characters carry nothing
      } else if (c == '\r') {
        if (i + 1 < len && s.charAt(i + 1) == '\n') {
          continue;
        }
        out[n++] = '\n';
      } else {
        char simplified = SIMPLIFIED[c];
        out[n++] = simplified == 0 ? c : simplified;
      }
    }
    return n;
  }
}
