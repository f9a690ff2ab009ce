package org.disclosurelake.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text with an explicit charset: a byte-order mark wins, then strict UTF-8, then the charset that
 * juniversalchardet (Mozilla's detector) reports. The GB family is always decoded as GB18030, its superset.
 */
public final class Decoder {

  /** Decoded text with the charset used and the count of replaced (undecodable) characters. */
  public record Decoded(String text, Charset charset, int replaced) {}

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int QUICK_LOOK = 4096;

  private Decoder() {}

  /** Decodes with the detected charset. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes with a declared charset (e.g. from an HTML meta tag) when the bytes are valid in it, else with the
   * detected one.
   */
  public static Decoded decode(byte[] bytes, String declared) {
    Optional<Decoded> bom = decodeBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> declaredCharset = charsetFor(declared);
    if (declaredCharset.isPresent()) {
      Optional<String> strict = decodeStrict(bytes, declaredCharset.get());
      if (strict.isPresent()) {
        return new Decoded(strict.get(), declaredCharset.get(), 0);
      }
    }
    Optional<String> utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, 0);
    }
    Charset detected = detect(bytes).orElse(declaredCharset.orElse(GB18030));
    return decodeLenient(bytes, detected);
  }

  /** The charset the detector reports for these bytes, if it reports one. */
  static Optional<Charset> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    return charsetFor(detector.getDetectedCharset());
  }

  private static Optional<Charset> charsetFor(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.trim().toUpperCase(java.util.Locale.ROOT);
    if (n.equals("GB2312") || n.equals("GBK") || n.equals("GB18030") || n.equals("HZ-GB-2312") || n.equals("X-GBK")) {
      return Optional.of(GB18030);
    }
    if (n.equals("BIG5")) {
      n = "Big5-HKSCS";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Decoded> decodeBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return Optional.of(decodeLenient(b, 3, StandardCharsets.UTF_8));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return Optional.of(decodeLenient(b, 2, StandardCharsets.UTF_16LE));
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return Optional.of(decodeLenient(b, 2, StandardCharsets.UTF_16BE));
    }
    return Optional.empty();
  }

  private static Optional<String> decodeStrict(byte[] bytes, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // the String constructor decodes several times faster than a CharsetDecoder and turns malformed input into
      // U+FFFD, so a text without U+FFFD came from valid bytes; GB18030 text fails the quick look at its start
      if (Utf8.malformedBefore(bytes, QUICK_LOOK)) {
        return Optional.empty();
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      return text.indexOf('\uFFFD') < 0 || Utf8.isValid(bytes) ? Optional.of(text) : Optional.empty();
    }
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(d.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Decoded decodeLenient(byte[] bytes, Charset cs) {
    return decodeLenient(bytes, 0, cs);
  }

  private static Decoded decodeLenient(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out;
    try {
      out = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("Cannot decode leniently with " + cs, e);
    }
    String text = out.toString();
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        replaced++;
      }
    }
    return new Decoded(text, cs, replaced);
  }
}
