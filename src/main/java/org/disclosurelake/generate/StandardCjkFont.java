package org.disclosurelake.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Adobe standard Chinese font STSong-Light, not embedded (readers supply it), as the COS objects of a Type0 font
 * with the UniGB-UCS2-H encoding: text is shown as big-endian UCS-2 codes, ASCII prints half-width (CIDs 1–95),
 * everything else full-width, and a ToUnicode map makes every code extract as itself.
 */
final class StandardCjkFont {

  /** Advance of ASCII characters, in thousandths of the font size. */
  private static final int HALF = 500;
  /** Advance of all other characters, in thousandths of the font size. */
  private static final int FULL = 1000;

  private StandardCjkFont() {}

  /** The advance of {@code c} in units of the font size. */
  static float advance(char c) {
    return (isAscii(c) ? HALF : FULL) / 1000f;
  }

  /** The advance of {@code s} in units of the font size. */
  static float advance(CharSequence s) {
    float w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += advance(s.charAt(i));
    }
    return w;
  }

  /** {@code s} as a PDF hex string of UCS-2 codes, ready for a {@code Tj} operator. */
  static String hex(String s) {
    StringBuilder out = new StringBuilder(s.length() * 4 + 2).append('<');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("Cannot show text in UCS-2: character outside the BMP in " + s);
      }
      out.append(String.format("%04X", (int) c));
    }
    return out.append('>').toString();
  }

  /** A new Type0 font dictionary for {@code doc}, to be put in a page's font resources. */
  static COSDictionary create(PDDocument doc) {
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "GB1");
    info.setInt(COSName.SUPPLEMENT, 2);

    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, ints(-25, -254, 1000, 880));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);

    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
    cid.setName(COSName.BASE_FONT, "STSong-Light");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, FULL);
    cid.setItem(COSName.W, ints(1, 95, HALF));

    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "STSong-Light");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    font.setItem(COSName.TO_UNICODE, toUnicode(doc));
    return font;
  }

  private static boolean isAscii(char c) {
    return c >= 0x20 && c <= 0x7E;
  }

  private static COSArray ints(int... values) {
    COSArray a = new COSArray();
    for (int v : values) {
      a.add(COSInteger.get(v));
    }
    return a;
  }

  /** A CMap mapping every two-byte code outside the surrogate block to the UTF-16 unit of the same value. */
  private static COSStream toUnicode(PDDocument doc) {
    StringBuilder m = new StringBuilder(12_000);
    m.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    int[] highs = java.util.stream.IntStream.range(0, 256).filter(h -> h < 0xD8 || h > 0xDF).toArray();
    for (int from = 0; from < highs.length; from += 100) {
      int to = Math.min(highs.length, from + 100);
      m.append(to - from).append(" beginbfrange\n");
      for (int i = from; i < to; i++) {
        String h = String.format("%02X", highs[i]);
        m.append('<').append(h).append("00> <").append(h).append("FF> <").append(h).append("00>\n");
      }
      m.append("endbfrange\n");
    }
    m.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(m.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the ToUnicode map", e);
    }
    return s;
  }
}
