package org.disclosurelake.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Structural mutations of a real PDF: edits land on object, stream and xref keywords as often as on random
 * offsets, so the fuzzer exercises the PDF reader's recovery paths rather than only its header check.
 */
final class PdfMutations {

  /** The smallest real PDF fixture. */
  static final String BASE = "/reports/real/淮安市洪泽区人民政府_2024.pdf";

  private static final List<String> KEYWORDS =
      List.of(" obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "/Length", "/Root", "/Pages",
          "/Kids", "/Count", "/ToUnicode", "/Filter", "/Font");

  private static final List<String> INSERTS =
      List.of(" obj", "endobj", "stream\n", "endstream", "xref\n0 1\n", "trailer", "<<", ">>", "[", "]", "(", ")",
          "0 0 R", "999999 0 R", "1 0 R", "/Length 99999999", "/Length -1", "/Filter /FlateDecode",
          "/Count 2147483647", "/Kids [1 0 R]", "%%EOF", "\u0000", "-", "9999999999999999999");

  private static final byte[] BASE_BYTES = load(BASE);
  private static final int[] ANCHORS = anchors(BASE_BYTES);

  private PdfMutations() {}

  /** The base PDF with one to eight edits: overwrite, insert a token, delete a range, or truncate. */
  static byte[] mutate(FuzzedDataProvider data) {
    byte[] out = BASE_BYTES;
    int edits = data.consumeInt(1, 8);
    for (int i = 0; i < edits && out.length > 0; i++) {
      int at = data.consumeBoolean()
          ? Math.min(out.length - 1, ANCHORS[data.consumeInt(0, ANCHORS.length - 1)] + data.consumeInt(-8, 32))
          : data.consumeInt(0, out.length - 1);
      at = Math.max(0, at);
      out = switch (data.consumeInt(0, 3)) {
        case 0 -> overwrite(out, at, data.consumeBytes(data.consumeInt(1, 16)));
        case 1 -> insert(out, at, data.pickValue(INSERTS).getBytes(StandardCharsets.ISO_8859_1));
        case 2 -> delete(out, at, data.consumeInt(1, 4096));
        default -> Arrays.copyOf(out, at);
      };
    }
    return out;
  }

  private static byte[] overwrite(byte[] b, int at, byte[] with) {
    byte[] out = b.clone();
    System.arraycopy(with, 0, out, at, Math.min(with.length, out.length - at));
    return out;
  }

  private static byte[] insert(byte[] b, int at, byte[] with) {
    byte[] out = new byte[b.length + with.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(b, at, out, at + with.length, b.length - at);
    return out;
  }

  private static byte[] delete(byte[] b, int at, int length) {
    int end = Math.min(b.length, at + length);
    byte[] out = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, end, out, at, b.length - end);
    return out;
  }

  /** Offsets of the structural keywords in the base PDF. */
  private static int[] anchors(byte[] pdf) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    List<Integer> out = new ArrayList<>();
    for (String keyword : KEYWORDS) {
      for (int i = latin.indexOf(keyword); i >= 0; i = latin.indexOf(keyword, i + 1)) {
        out.add(i);
      }
    }
    out.add(0);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static byte[] load(String resource) {
    try (InputStream in = PdfMutations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture on the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture: " + resource, e);
    }
  }
}
