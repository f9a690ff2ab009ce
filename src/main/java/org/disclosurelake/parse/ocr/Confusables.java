package org.disclosurelake.parse.ocr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Digits an OCR engine confuses (0/6/8, 1/7, 3/8, 5/6), and the letters it reads for digits (O, l, I, |). */
final class Confusables {

  private static final String[][] DIGITS = {
    {"0", "68"}, {"1", "74"}, {"3", "8"}, {"4", "1"}, {"5", "6"}, {"6", "085"}, {"7", "1"}, {"8", "0369"}, {"9", "8"}
  };

  private Confusables() {}

  /** Letters and look-alikes read in place of digits mapped to the digits ("l0O" → "100"), other text unchanged. */
  static String digitsOf(String s) {
    if (s.strip().equals("()") || s.strip().equals("（）")) {
      return "0"; // how the Chinese model reads a lone 0
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case 'O', 'o', 'D', '〇', 'Q', 'U' -> out.append('0');
        case 'l', 'I', '|', 'i', '!', ']', '[', 'J' -> out.append('1');
        case '(', ')', '（', '）' -> { } // the Chinese model brackets lone digits: "(0", "0)"
        case 'S', 's' -> out.append('5');
        case 'B' -> out.append('8');
        case 'Z', 'z' -> out.append('2');
        case ' ', ',', '，' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text is a number once look-alike letters are mapped to digits. */
  static boolean looksNumeric(String s) {
    String d = digitsOf(s);
    return !d.isEmpty() && d.matches("[-]?[0-9]+(\\.[0-9]+)?") && d.chars().anyMatch(Character::isDigit);
  }

  /** Readings of {@code number} with one digit changed into a digit it is confused with, or one stray edge 1 dropped. */
  static List<String> variants(String number) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      for (String[] pair : DIGITS) {
        if (pair[0].charAt(0) == c) {
          for (char d : pair[1].toCharArray()) {
            out.add(number.substring(0, i) + d + number.substring(i + 1));
          }
        }
      }
    }
    // a ruling remnant beside the number reads as a 1
    if (number.length() > 1 && number.startsWith("1")) {
      out.add(number.substring(1));
    }
    if (number.length() > 1 && number.endsWith("1")) {
      out.add(number.substring(0, number.length() - 1));
    }
    out.removeIf(v -> v.isEmpty() || (v.length() > 1 && v.startsWith("0")) || v.equals(number));
    return List.copyOf(out);
  }
}
