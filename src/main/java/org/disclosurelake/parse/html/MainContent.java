package org.disclosurelake.parse.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element holding the report inside a government CMS page (menus, breadcrumbs, sidebars and footers
 * around it): a known editor container first, else the smallest element holding most of the page's Chinese
 * non-link text; then widened, if needed, to take in every table that looks like a report table.
 */
final class MainContent {

  /** Editor containers of common government CMSs (TRS, Ucap, Hanweb, …), most specific first. */
  private static final List<String> CONTAINERS =
      List.of(
          "div.TRS_Editor", ".TRS_UEDITOR", "ucapcontent", "#UCAP-CONTENT", "#zoom", "#zoomcon", ".article-content",
          ".article_content", ".articleContent", ".art_con", ".pages_content", "#content", ".content", "article",
          "main");

  /** Words that only the report's own tables contain (表二 / 表三 / 表四 headers). */
  private static final List<String> REPORT_TABLE_WORDS =
      List.of("本年新收", "申请人情况", "予以公开", "行政复议", "信息内容", "处理决定数量", "本年制发件数", "本年新制作数量");

  private static final int MIN_HAN = 50;
  private static final double DOMINANT_SHARE = 0.7;
  private static final int MAX_TABLES_CHECKED = 500;

  private MainContent() {}

  /** The element to read lines from; the body when nothing better is found. */
  static Element locate(Element body, TableKinds kinds) {
    Map<Element, Integer> han = hanCounts(body);
    Element chosen = knownContainer(body, han);
    if (chosen == null) {
      chosen = densest(body, han, kinds);
    }
    return widenToReportTables(chosen, body, kinds);
  }

  private static Element knownContainer(Element body, Map<Element, Integer> han) {
    List<List<Element>> matches = Selections.all(body, CONTAINERS);
    for (List<Element> selected : matches) {
      Element best = null;
      for (Element e : selected) {
        int h = han.getOrDefault(e, 0);
        boolean plausible = h >= MIN_HAN || !e.getElementsByTag("table").isEmpty();
        if (plausible && (best == null || h > han.getOrDefault(best, 0))) {
          best = e;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /**
   * Descends from the body into the child holding most of the text while it holds a dominant share, but never into
   * a data table, whose rows must stay together.
   */
  private static Element densest(Element body, Map<Element, Integer> han, TableKinds kinds) {
    Element cur = body;
    while (true) {
      int total = han.getOrDefault(cur, 0);
      Element best = null;
      int bestHan = -1;
      for (Element child : cur.children()) {
        int h = han.getOrDefault(child, 0);
        if (h > bestHan) {
          best = child;
          bestHan = h;
        }
      }
      if (best == null || total == 0 || bestHan < DOMINANT_SHARE * total) {
        return cur;
      }
      if (Tags.isTable(best) && !kinds.containsTable(best)) {
        return cur;
      }
      cur = best;
    }
  }

  private static Element widenToReportTables(Element chosen, Element body, TableKinds kinds) {
    int checked = 0;
    for (Element table : body.getElementsByTag("table")) {
      if (chosen == body || ++checked > MAX_TABLES_CHECKED) {
        break;
      }
      if (kinds.containsTable(table) || isInside(table, chosen) || !looksLikeReportTable(table)) {
        continue;
      }
      while (chosen != body && !isInside(table, chosen)) {
        chosen = chosen.parent();
      }
    }
    return chosen;
  }

  private static boolean looksLikeReportTable(Element table) {
    String text = table.text();
    for (String word : REPORT_TABLE_WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Han characters outside links (menus are links), per element, in one pass. */
  private static Map<Element, Integer> hanCounts(Element root) {
    Map<Element, Integer> counts = new IdentityHashMap<>();
    Deque<int[]> stack = new ArrayDeque<>();
    int[] links = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (e != root && Tags.isSilent(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              stack.push(new int[1]);
              if (e.normalName().equals("a")) {
                links[0]++;
              }
            } else if (node instanceof TextNode t && links[0] == 0 && !stack.isEmpty()) {
              stack.peek()[0] += countHan(t.getWholeText());
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && !stack.isEmpty()) {
              int n = stack.pop()[0];
              counts.put(e, n);
              if (!stack.isEmpty()) {
                stack.peek()[0] += n;
              }
              if (e.normalName().equals("a")) {
                links[0]--;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return counts;
  }

  private static int countHan(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (TextJoin.isHan(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
