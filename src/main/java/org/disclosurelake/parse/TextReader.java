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
        Form.TEXT, decoded.charset().name(), TextNormalizer.lines(decoded.text()), null, null, findings);
  }
}
