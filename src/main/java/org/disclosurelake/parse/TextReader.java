package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Form;

/** Reads plain-text renditions: decodes, normalises line ends and spaces, keeps every line. */
public final class TextReader implements FormReader {

  @Override
  public Body read(byte[] bytes, String source) {
    Decoder.Decoded decoded = Decoder.decode(bytes);
    List<Finding> findings = new ArrayList<>();
    if (decoded.replaced() > 0) {
      findings.add(
          Finding.of(
              FindingCode.DECODE,
              String.format(
                  "%d undecodable byte sequence(s) replaced while decoding as %s",
                  decoded.replaced(), decoded.charset().name())));
    }
    return new Body(
        Form.TEXT, decoded.charset().name(), withoutRules(TextNormalizer.lines(decoded.text())), null, null,
        findings);
  }

  /**
   * The lines without Markdown table rules ({@code |---|:---:|}): a converter's separator between a pipe table's
   * header and its body is no row, and read as one it would give a row of "---" cells.
   */
  static List<String> withoutRules(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!isTableRule(line)) {
        out.add(line);
      }
    }
    return out;
  }

  static boolean isTableRule(String line) {
    // a rule's cells hold three or more dashes; a row of lone "-" cells is a row of not-applicable cells
    if (line.indexOf('|') < 0 || !line.contains("---")) {
      return false;
    }
    boolean dash = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-') {
        dash = true;
      } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return dash;
  }
}
