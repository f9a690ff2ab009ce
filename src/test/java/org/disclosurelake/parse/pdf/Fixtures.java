package org.disclosurelake.parse.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Classpath fixtures for the PDF and Word reader tests, and the table rows of an HTML source for comparison. */
public final class Fixtures {

  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF])\\s+|\\s+(?=[\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF])");

  private Fixtures() {}

  /** The bytes of a resource under /reports/. */
  public static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/reports/" + path)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture: /reports/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /**
   * The rows of the tables in the report body of an HTML page, one line per {@code <tr>} with one entry per
   * {@code <td>} (so a rowspan cell appears in its first row only), the way the readers flatten tables.
   */
  public static List<String> htmlTableRows(String path) {
    Document doc = Jsoup.parse(text(path));
    Element body = doc.selectFirst("div.TRS_Editor");
    List<String> rows = new ArrayList<>();
    for (Element tr : (body == null ? doc : body).select("tr")) {
      List<String> cells = tr.select("> td, > th").stream().map(td -> clean(td.text())).toList();
      if (!cells.stream().allMatch(String::isBlank)) {
        rows.add(org.disclosurelake.parse.Body.row(cells));
      }
    }
    return rows;
  }

  private static String clean(String s) {
    String t = org.disclosurelake.parse.TextNormalizer.normalize(s).replace('\u00A0', ' ').strip();
    return CJK_GAP.matcher(t).replaceAll("");
  }

  /** The lines from the first one starting with {@code from} to the first later one starting with {@code to}. */
  public static List<String> block(List<String> lines, String from, String to) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (start < 0 && rowStarts(lines.get(i), from)) {
        start = i;
      } else if (start >= 0 && rowStarts(lines.get(i), to)) {
        return lines.subList(start, i + 1);
      }
    }
    throw new IllegalStateException("Cannot find block " + from + " … " + to + " in " + lines);
  }

  /** Whether a line starts with {@code prefix}, a table row's outer pipe aside. */
  static boolean rowStarts(String line, String prefix) {
    return line.startsWith(prefix) || line.startsWith("| " + prefix);
  }
}
