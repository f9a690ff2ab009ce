package org.disclosurelake.parse.word;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.parse.TextNormalizer;
import org.disclosurelake.parse.ThrowSite;

/** Text helpers shared by the Word readers: cell text, letter-spaced Chinese, table rows, metadata titles. */
final class WordText {

  /** A space between two Chinese characters: letter spacing typed as spaces ("洪 泽 区"). */
  private static final Pattern CJK_SPACE =
      Pattern.compile("(?<=[\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF]) +(?=[\\u3000-\\u303F\\u4E00-\\u9FFF\\uFF00-\\uFFEF])");
  /** Titles that name no report: the bare template title, file names, placeholders. */
  private static final Pattern GENERIC_TITLE =
      Pattern.compile(
          "^((\\d{4}年(度)?)?(政府)?信息公开(工作)?(年度)?报告|.*\\.(docx?|wps|pdf)|untitled|无标题.*)$",
          Pattern.CASE_INSENSITIVE);

  /** The packages whose runtime exceptions mean a malformed file: POI and the libraries it reads a file with. */
  static final List<String> POI =
      List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.", "org.apache.commons.compress.",
          "com.microsoft.schemas.", "org.etsi.", "org.w3.");

  private WordText() {}

  /**
   * The rejection of a file POI could not read (an IOException, or a runtime exception thrown inside POI and the
   * libraries it reads with); a runtime exception of our own code is a bug and is thrown again, to surface as an
   * internal error.
   */
  static RejectedDocumentException brokenOrBug(String form, Exception e) {
    if (e instanceof RuntimeException bug && !ThrowSite.in(bug, POI)) {
      throw bug;
    }
    return new RejectedDocumentException("broken " + form + ": " + e.getMessage(), form.toLowerCase(Locale.ROOT));
  }

  /** Normalised lines of a paragraph, letter spacing between Chinese characters removed. */
  static List<String> lines(String paragraph) {
    return TextNormalizer.lines(paragraph).stream().map(WordText::unspace).filter(s -> !s.isEmpty()).toList();
  }

  /** The text of a cell from its paragraphs: one line, wrapped parts joined without spaces between Chinese. */
  static String cell(List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs) {
      for (String part : lines(p)) {
        if (out.length() > 0 && !cjk(out.charAt(out.length() - 1)) && !cjk(part.charAt(0))) {
          out.append(' ');
        }
        out.append(part);
      }
    }
    return out.toString();
  }

  /** One table row as a line, or null when every cell is blank. */
  static String row(List<String> cells) {
    if (cells.isEmpty() || cells.stream().allMatch(String::isBlank)) {
      return null;
    }
    return org.disclosurelake.parse.Body.row(cells);
  }

  /** The metadata title when it names the report, else null. */
  static String title(String raw) {
    if (raw == null) {
      return null;
    }
    String t = TextNormalizer.normalize(raw).strip();
    String compact = t.replaceAll("\\s+", "");
    return compact.isEmpty() || GENERIC_TITLE.matcher(compact).matches() ? null : t;
  }

  private static String unspace(String s) {
    return CJK_SPACE.matcher(s).replaceAll("").strip();
  }

  private static boolean cjk(char c) {
    return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uFF00' && c <= '\uFFEF') || c == '\u201C' || c == '\u201D';
  }
}
