package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text between two row labels into cell chunks. With pipes, every pipe-delimited cell is a chunk (blank
 * cells kept, so positions hold). Without, chunks are runs of value characters separated by white space, signs or
 * text. Text that follows the values (a group label of the next row, a table heading) ends the row.
 */
final class ValueTokenizer {

  /** The chunks of one row, and whether pipes delimited them (then blank chunks are real blank cells). */
  record Tokens(List<String> chunks, boolean piped) {}

  private ValueTokenizer() {}

  static Tokens tokenize(String region) {
    return region.indexOf('|') >= 0 ? piped(region) : unpiped(region);
  }

  private static Tokens piped(String region) {
    int nl = region.indexOf('\n');
    if (nl >= 0 && region.substring(0, nl).chars().allMatch(c -> c == '|' || Character.isWhitespace(c))) {
      region = region.substring(nl + 1); // the rest of a header line: empty cells that belong to no row
      if (region.indexOf('|') < 0) {
        return unpiped(region);
      }
    }
    List<String> cells = new ArrayList<>();
    for (String line : region.split("\n", -1)) {
      String[] parts = line.split("\\|", -1);
      for (int i = 0; i < parts.length; i++) {
        boolean edge = i == 0 || i == parts.length - 1;
        if (edge && parts[i].isBlank()) {
          continue; // the space before a line's first pipe or after its last is no cell
        }
        if (edge) {
          cells.addAll(chunks(parts[i]));
        } else {
          cells.add(parts[i].strip());
        }
      }
    }
    return new Tokens(endAtText(cells, true), true);
  }

  private static Tokens unpiped(String region) {
    return new Tokens(endAtText(chunks(region), false), false);
  }

  /** Runs of value characters and runs of other text, white space dropped. */
  private static List<String> chunks(String region) {
    List<String> chunks = new ArrayList<>();
    int i = 0;
    int n = region.length();
    while (i < n) {
      char c = region.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isEnumerator(region, i)) {
        i += 2; // "4.其他类型…": an enumerator opens text, it is no value
        while (i < n && !Character.isWhitespace(region.charAt(i)) && !startsValue(region, i)) {
          i++;
        }
      } else if (startsValue(region, i)) {
        i = valueEnd(region, i);
      } else {
        while (i < n && !Character.isWhitespace(region.charAt(i)) && !startsValue(region, i)) {
          i++;
        }
      }
      chunks.add(region.substring(start, i));
    }
    return chunks;
  }

  /** A single digit and a stop before text: "2.其他法律…". */
  private static boolean isEnumerator(String s, int i) {
    if (i + 2 >= s.length() || !LabelSpan.isDigit(s.charAt(i))) {
      return false;
    }
    char stop = s.charAt(i + 1);
    return (stop == '.' || stop == '、') && !LabelSpan.isDigit(s.charAt(i + 2)) && !Character.isWhitespace(s.charAt(i + 2));
  }

  /** A value starts with a digit, or a sign (-, +, 减, 增) directly before a digit. */
  private static boolean startsValue(String s, int i) {
    char c = s.charAt(i);
    if (LabelSpan.isDigit(c)) {
      return true;
    }
    boolean sign = c == '-' || c == '+' || c == '减' || c == '增';
    return sign && i + 1 < s.length() && LabelSpan.isDigit(s.charAt(i + 1));
  }

  private static int valueEnd(String s, int i) {
    int n = s.length();
    i++; // the sign or first digit
    int start = i - 1;
    while (i < n) {
      char c = s.charAt(i);
      boolean decimalPoint = c == '.' && i + 1 < n && LabelSpan.isDigit(s.charAt(i + 1));
      if ((c == '.' || c == '、') && !decimalPoint) {
        // "004.其他…": the digit before the stop opens the next label's enumerator
        return i - 1 > start ? i - 1 : i;
      }
      if (LabelSpan.isDigit(c) || decimalPoint || (c == ',' && i + 1 < n && LabelSpan.isDigit(s.charAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    while (i < n && (LabelSpan.isUnit(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** Drops text before the first value and cuts the row at the first text after it. */
  private static List<String> endAtText(List<String> chunks, boolean piped) {
    List<String> out = new ArrayList<>();
    boolean seenValue = false;
    for (String c : chunks) {
      boolean text = isText(c);
      if (text && seenValue) {
        break;
      }
      if (text) {
        if (piped && !out.isEmpty()) {
          out.clear(); // blank cells before a heading belong to the heading's line, not to this row
        }
        continue;
      }
      if (!c.isEmpty()) {
        seenValue = true;
      }
      out.add(c);
    }
    return out;
  }

  private static boolean isText(String chunk) {
    return !chunk.isEmpty() && CellText.parse(chunk).semantics() == org.disclosurelake.report.Semantics.TEXT
        && !isGlued(chunk);
  }

  /** Digits with a sign or unit that CellText alone would not read as one number, e.g. "2648-18538". */
  private static boolean isGlued(String chunk) {
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if (!(LabelSpan.isDigit(c) || c == '.' || c == '-' || c == '+' || LabelSpan.isUnit(c) || c == '减' || c == '增')) {
        return false;
      }
    }
    return true;
  }
}
