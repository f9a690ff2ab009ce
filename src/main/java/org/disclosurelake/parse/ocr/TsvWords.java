package org.disclosurelake.parse.ocr;

import java.util.ArrayList;
import java.util.List;

/** Parses tesseract's TSV output (level, page, block, paragraph, line, word, box, confidence, text) into words. */
final class TsvWords {

  private TsvWords() {}

  static List<Tesseract.Word> parse(List<String> lines) {
    List<Tesseract.Word> out = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5")) {
        continue; // the header and the page/block/paragraph/line levels
      }
      String text = f[11].strip();
      if (text.isEmpty()) {
        continue;
      }
      int page = Integer.parseInt(f[1]) - 1;
      int block = Integer.parseInt(f[2]);
      int par = Integer.parseInt(f[3]);
      int ln = Integer.parseInt(f[4]);
      out.add(
          new Tesseract.Word(page, block * 1_000_000 + par * 1000 + ln, block * 1000 + par, text,
              Double.parseDouble(f[10]), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
              Integer.parseInt(f[9])));
    }
    return out;
  }
}
