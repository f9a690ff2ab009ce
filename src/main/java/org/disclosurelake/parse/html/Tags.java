package org.disclosurelake.parse.html;

import java.util.Locale;
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

  private static boolean isHiddenStyle(String style) {
    if (style.length() > 4096) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "").replace("\n", "").replace("\t", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
