package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

  private final CharsetDecoder strict =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private boolean strictDecoderAccepts(byte[] b) {
    try {
      strict.decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void agrees(byte... b) {
    assertEquals(strictDecoderAccepts(b), Utf8.isValid(b), () -> HexFormat.of().formatHex(b));
  }

  @Test
  void agreesWithTheStrictDecoderOnEveryTwoByteSequence() {
    for (int x = 0; x < 1 << 16; x++) {
      agrees((byte) (x >> 8), (byte) x);
    }
  }

  @Test
  void agreesOnEveryLeadByteWithBoundarySecondBytes() {
    int[] edges = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (int lead = 0x80; lead < 0x100; lead++) {
      for (int second : edges) {
        for (int rest : edges) {
          agrees((byte) lead, (byte) second, (byte) rest);
          agrees((byte) lead, (byte) second, (byte) rest, (byte) rest);
          agrees((byte) lead, (byte) second, (byte) 0x80, (byte) rest);
        }
      }
    }
  }

  @Test
  void agreesOnMutatedChineseText() {
    Random random = new Random(7);
    byte[] text = "政府信息公开工作年度报告 2023 € 𝄞".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = text.clone();
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      agrees(java.util.Arrays.copyOf(b, random.nextInt(b.length + 1)));
    }
  }
}
