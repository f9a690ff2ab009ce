package org.disclosurelake.parse.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which elements start a new line, which carry no readable text, and which hold a table's rows and cells. */
final class Tags {

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
          "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
          "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
          "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "xmp", "body", "html");

  private static final Set<String> SILENT =
      Set.of(
          "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
          "object", "embed", "select", "option", "textarea", "input", "button", "svg", "math", "canvas", "audio",
          "video", "map", "base", "param", "source", "track");

  private Tags() {}

  /** True for elements whose start and end break the line. */
  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  /** True for elements whose content is never report text (scripts, styles, form controls, hidden parts). */
  static boolean isSilent(Element e) {
    if (SILENT.contains(e.normalName()) || e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && isHiddenStyle(style);
  }

  static boolean isBreak(Element e) {
    return e.normalName().equals("br");
  }

  static boolean isTable(Element e) {
    return e.normalName().equals("table");
  }

  static boolean isRow(Element e) {
    return e.normalName().equals("tr");
  }

  static boolean isCell(Element e) {
    String n = e.normalName();
    return n.equals("td") || n.equals("th");
  }

  static boolean isRowGroup(Element e) {
    String n = e.normalName();
    return n.equals("tbody") || n.equals("thead") || n.equals("tfoot");
  }

  /**
   * True when the style says display:none or visibility:hidden, ignoring ASCII case and the spaces, newlines and
   * tabs around and inside the words. Read around each colon, without building a folded copy of the style (no
   * character outside ASCII lower-cases to a letter of these words).
   */
  private static boolean isHiddenStyle(String style) {
    if (style.length() > 4096) {
      return false;
    }
    for (int colon = style.indexOf(':'); colon >= 0; colon = style.indexOf(':', colon + 1)) {
      if ((endsAt(style, colon, "display") && startsAt(style, colon + 1, "none"))
          || (endsAt(style, colon, "visibility") && startsAt(style, colon + 1, "hidden"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the word ends right before {@code end}, skipping ignorable characters. */
  private static boolean endsAt(String s, int end, String word) {
    int i = end - 1;
    for (int k = word.length() - 1; k >= 0; k--) {
      while (i >= 0 && isIgnorable(s.charAt(i))) {
        i--;
      }
      if (i < 0 || folded(s.charAt(i)) != word.charAt(k)) {
        return false;
      }
      i--;
    }
    return true;
  }

  /** True when the word starts at {@code start}, skipping ignorable characters. */
  private static boolean startsAt(String s, int start, String word) {
    int i = start;
    for (int k = 0; k < word.length(); k++) {
      while (i < s.length() && isIgnorable(s.charAt(i))) {
        i++;
      }
      if (i >= s.length() || folded(s.charAt(i)) != word.charAt(k)) {
        return false;
      }
      i++;
    }
    return true;
  }

  private static boolean isIgnorable(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }

  private static char folded(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
