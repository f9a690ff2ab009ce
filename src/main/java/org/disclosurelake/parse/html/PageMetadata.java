package org.disclosurelake.parse.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report title and publication date a page states about itself: CMS meta tags (ArticleTitle, PubDate), the
 * article heading, a crawler's 标题 line, {@code <title>} without the site suffix, a 发布时间/公开日期 label.
 *
 * @param title the report title, or null
 * @param publicationDate the publication date, or null
 */
record PageMetadata(String title, LocalDate publicationDate) {

  private static final List<String> TITLE_METAS = List.of("articletitle", "title", "og:title", "dc.title");
  private static final List<String> TITLE_ELEMENTS =
      List.of("ucaptitle", ".article_title", ".article-title", "#ArticleTitle", ".articleTitle", "h1", "h2");
  private static final List<String> DATE_METAS =
      List.of(
          "pubdate", "publishdate", "publish_date", "firstpublishedtime", "publishedtime", "article:published_time",
          "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created");
  /** A crawler's header line naming the page title. */
  private static final String CRAWLER_TITLE_LABEL = "标题：";
  private static final int MAX_TITLE = 200;
  private static final int TEXT_SCAN = 4096;

  static PageMetadata of(Document doc) {
    Map<String, String> metas = metas(doc);
    String bodyText = doc.body().text();
    return new PageMetadata(title(doc, metas, bodyText), publicationDate(doc, metas, bodyText));
  }

  private static String title(Document doc, Map<String, String> metas, String bodyText) {
    List<String> candidates = new ArrayList<>();
    addCandidate(candidates, metas.get("articletitle"), false);
    for (Element e : Selections.first(doc, TITLE_ELEMENTS)) {
      if (e != null) {
        addCandidate(candidates, e.text(), false);
      }
    }
    int label = bodyText.indexOf(CRAWLER_TITLE_LABEL);
    if (label >= 0 && label < TEXT_SCAN) {
      int start = label + CRAWLER_TITLE_LABEL.length();
      int end = bodyText.indexOf(' ', start);
      addCandidate(candidates, bodyText.substring(start, end < 0 ? bodyText.length() : end), true);
    }
    addCandidate(candidates, doc.title(), true);
    for (String name : TITLE_METAS) {
      addCandidate(candidates, metas.get(name), true);
    }
    return candidates.stream().filter(PageMetadata::namesReport).findFirst().orElse(candidates.isEmpty() ? null : candidates.get(0));
  }

  private static void addCandidate(List<String> candidates, String raw, boolean mayHaveSiteSuffix) {
    if (raw == null || raw.isBlank() || raw.length() > 4 * MAX_TITLE) {
      return;
    }
    TextJoin join = TextJoin.forLine(MAX_TITLE);
    join.append(raw);
    String title = join.take().strip();
    if (mayHaveSiteSuffix) {
      title = withoutSiteSuffix(title);
    }
    if (!title.isEmpty()) {
      candidates.add(title);
    }
  }

  /** "X年度报告_政府信息公开年报_平潭综合实验区党工委管委会" → the segment naming the report. */
  static String withoutSiteSuffix(String title) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= title.length(); i++) {
      if (i == title.length() || isSuffixSeparator(title, i)) {
        String segment = title.substring(start, i).strip();
        if (!segment.isEmpty()) {
          segments.add(segment);
        }
        start = i + 1;
      }
    }
    return segments.stream().filter(PageMetadata::namesReport).findFirst().orElse(segments.isEmpty() ? "" : segments.get(0));
  }

  private static boolean isSuffixSeparator(String s, int i) {
    char c = s.charAt(i);
    if (c == '_' || c == '|' || c == '—' || c == '–') {
      return true;
    }
    // a hyphen between digits is a range (2019-2020), not a separator
    return c == '-' && !(i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)));
  }

  private static boolean namesReport(String title) {
    return title.contains("报告") || title.contains("年报");
  }

  private static LocalDate publicationDate(Document doc, Map<String, String> metas, String bodyText) {
    for (String name : DATE_METAS) {
      String value = metas.get(name);
      if (value != null) {
        Optional<LocalDate> d = DateScanner.findDate(value, 40);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    for (Element e : doc.getElementsByTag("publishtime")) {
      Optional<LocalDate> d = DateScanner.findDate(e.text(), 40);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return DateScanner.findLabelled(bodyText).orElse(null);
  }

  private static Map<String, String> metas(Document doc) {
    Map<String, String> metas = new HashMap<>();
    for (Element meta : doc.getElementsByTag("meta")) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
      String content = meta.attr("content");
      if (!name.isBlank() && !content.isBlank()) {
        metas.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), content);
      }
    }
    return metas;
  }
}
