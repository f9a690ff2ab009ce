package org.disclosurelake.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/** CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold , " CR or LF. */
final class Csv {

  private static final String CRLF = "\r\n";

  private Csv() {}

  static void write(PrintWriter out, List<String> header, Iterator<List<String>> rows) {
    out.print(line(header));
    while (rows.hasNext()) {
      out.print(line(rows.next()));
    }
    out.flush();
  }

  /** One record with its CRLF; null is an empty field. */
  static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    return sb.append(CRLF).toString();
  }

  static String field(String v) {
    if (v == null) {
      return "";
    }
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
