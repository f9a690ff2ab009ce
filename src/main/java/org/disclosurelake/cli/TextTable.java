package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Prints rows as an aligned table; Chinese characters count as two columns, as a terminal shows them. */
final class TextTable {

  private static final String NULL = "NULL";

  private TextTable() {}

  /** Prints at most {@code maxRows} rows, then how many were shown. */
  static void print(PrintWriter out, List<String> header, Iterator<List<String>> rows, int maxRows) {
    List<List<String>> shown = new ArrayList<>();
    boolean more = false;
    while (rows.hasNext()) {
      List<String> row = rows.next();
      if (shown.size() == maxRows) {
        more = true;
        break;
      }
      List<String> cells = new ArrayList<>(row.size());
      for (String v : row) {
        cells.add(v == null ? NULL : oneLine(v));
      }
      shown.add(cells);
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(header.get(i));
      for (List<String> row : shown) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.println(format(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    out.println(rule);
    for (List<String> row : shown) {
      out.println(format(row, widths));
    }
    out.printf("(%d row%s%s)%n", shown.size(), shown.size() == 1 ? "" : "s", more ? ", more not shown" : "");
  }

  private static String format(List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      sb.append(i == 0 ? "" : " | ").append(c);
      if (i < cells.size() - 1) {
        sb.append(" ".repeat(widths[i] - width(c)));
      }
    }
    return sb.toString();
  }

  private static String oneLine(String v) {
    return v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** Display width: East Asian wide and full-width characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
