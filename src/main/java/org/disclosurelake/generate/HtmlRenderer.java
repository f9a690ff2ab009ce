package org.disclosurelake.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.disclosurelake.generate.Block.Cell;

/**
 * Renders a draft as a government CMS page: site chrome (menus, breadcrumb, metadata, footer, scripts) around a
 * Word-exported body whose tables keep their rowspan/colspan and whose text is broken into {@code <span>}s,
 * blank cells holding {@code &nbsp;}.
 */
final class HtmlRenderer {

  private static final List<String> MENU = List.of("首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏");

  private final String charset;
  private final boolean wordStyle;
  private final long noiseSeed;

  /** @param charset the declared charset ("utf-8" or "gb2312") */
  HtmlRenderer(String charset, boolean wordStyle, long noiseSeed) {
    this.charset = charset;
    this.wordStyle = wordStyle;
    this.noiseSeed = noiseSeed;
  }

  String render(Draft d, List<String> padding) {
    SplittableRandom r = new SplittableRandom(noiseSeed);
    StringBuilder o = new StringBuilder(65_536);
    o.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html>\n<head>\n");
    o.append(charset.equals("utf-8") ? "<meta charset=\"utf-8\">\n"
        : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n");
    o.append("<title>").append(esc(d.title())).append('_').append(esc(d.agency().portal())).append("</title>\n");
    o.append("<meta name=\"SiteName\" content=\"").append(esc(d.agency().portal())).append("\">\n");
    o.append("<meta name=\"ArticleTitle\" content=\"").append(esc(d.title())).append("\">\n");
    o.append("<meta name=\"PubDate\" content=\"").append(d.published()).append(" 08:58\">\n");
    o.append("<link rel=\"stylesheet\" href=\"/css/common.css\">\n<script src=\"/js/jquery.min.js\"></script>\n");
    o.append("<style>.TRS_Editor p{line-height:2;font-size:16px}.nav li{float:left}</style>\n</head>\n<body>\n");
    o.append("<div class=\"top\"><a href=\"javascript:void(0)\" id=\"wza\">无障碍浏览</a> <a href=\"/ozb/\">长者专版</a></div>\n");
    o.append("<div class=\"header\"><div class=\"logo\">").append(esc(d.agency().portal())).append("</div><ul class=\"nav\">");
    for (String m : MENU) {
      o.append("<li><a href=\"/").append(Math.abs(m.hashCode() % 997)).append("/\">").append(m).append("</a></li>");
    }
    o.append("</ul></div>\n<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; 政府信息公开年报</div>\n");
    o.append("<div class=\"article\">\n<div class=\"article_title\">").append(esc(d.title())).append("</div>\n");
    o.append("<div class=\"article_info\"><span>发布时间：").append(d.published()).append("</span><span>来源：")
        .append(esc(d.agency().name())).append("</span><span>字号：[大 中 小]</span></div>\n");
    o.append(wordStyle ? "<div class=\"TRS_Editor\">\n" : "<div class=\"article-content\" id=\"zoomcon\"><ucapcontent>\n");
    for (int i = 1; i < d.blocks().size(); i++) {
      Block b = d.blocks().get(i);
      if (b instanceof Block.Heading h) {
        para(o, r, h.text(), true);
      } else if (b instanceof Block.Para p) {
        para(o, r, p.text(), false);
      } else if (b instanceof Block.Pad) {
        o.append(padding(padding));
      } else if (b instanceof Block.Table t) {
        table(o, r, t);
      }
    }
    o.append(wordStyle ? "</div>\n" : "</ucapcontent></div>\n");
    o.append("<div class=\"fj\">相关附件：</div><div class=\"share\">分享到：<a>微信</a><a>微博</a></div>\n</div>\n");
    o.append("<div class=\"footer\"><p><a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a></p><p>主办单位：")
        .append(esc(d.agency().portal())).append("办公室 版权所有</p><p>网站标识码：3213220037 ICP备案号：苏ICP备05011201号</p></div>\n");
    o.append("<script>var SiteInfo={siteId:12,columnId:345};</script>\n</body>\n</html>\n");
    return o.toString();
  }

  /** Padding paragraphs as this page renders paragraphs. */
  String padding(List<String> paragraphs) {
    if (paragraphs.size() == 1 && paragraphs.get(0).equals(DocumentFactory.MARK)) {
      return DocumentFactory.MARK;
    }
    SplittableRandom r = new SplittableRandom(noiseSeed ^ 0x5DEECE66DL);
    StringBuilder o = new StringBuilder(paragraphs.size() * 400);
    paragraphs.forEach(s -> para(o, r, s, false));
    return o.toString();
  }

  private void para(StringBuilder o, SplittableRandom r, String text, boolean heading) {
    if (wordStyle) {
      o.append("<p class=\"MsoNormal\" style=\"text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt\">");
      spans(o, r, text, heading ? "黑体" : "仿宋_GB2312");
      o.append("<span style=\"font-family:仿宋_GB2312\"><o:p></o:p></span></p>\n");
    } else {
      o.append("<p style=\"text-indent: 2em;\">").append(heading ? "<strong>" : "").append(esc(text))
          .append(heading ? "</strong>" : "").append("</p>\n");
    }
  }

  /** The text cut into a few spans, as Word writes runs. */
  private static void spans(StringBuilder o, SplittableRandom r, String text, String font) {
    int from = 0;
    while (from < text.length()) {
      int len = Math.min(text.length() - from, 1 + r.nextInt(Math.max(2, text.length() / 2 + 1)));
      int to = from + len;
      if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
        to++;
      }
      o.append("<span style=\"font-family:").append(font).append(";mso-ascii-font-family:'Times New Roman'\">")
          .append(esc(text.substring(from, to))).append("</span>");
      from = to;
    }
  }

  private void table(StringBuilder o, SplittableRandom r, Block.Table t) {
    o.append(wordStyle ? "<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;mso-table-layout-alt:fixed\">"
        : "<table border=\"1\" style=\"border-collapse: collapse; width: 100%;\">");
    o.append("<tbody>\n");
    for (List<Cell> row : t.rows()) {
      o.append("<tr>");
      for (Cell c : row) {
        o.append("<td width=\"").append(c.value() ? 44 : 164 * c.colspan()).append("\" valign=\"center\"");
        if (c.rowspan() > 1) {
          o.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        if (c.colspan() > 1) {
          o.append(" colspan=\"").append(c.colspan()).append('"');
        }
        o.append(">");
        cell(o, r, c);
        o.append("</td>");
      }
      o.append("</tr>\n");
    }
    o.append("</tbody></table>\n");
  }

  private void cell(StringBuilder o, SplittableRandom r, Cell c) {
    if (!wordStyle) {
      o.append("<p style=\"text-indent: 0em;\">").append(c.text().isEmpty() ? "&nbsp;" : esc(c.text())).append("</p>");
      return;
    }
    o.append("<p class=\"p\" align=\"center\" style=\"text-align:center\">");
    if (c.text().isEmpty()) {
      o.append("<span style=\"font-family:宋体\">&nbsp;<o:p></o:p></span>");
    } else if (c.value()) {
      // some exports split a figure over two runs (20 = 2|0)
      int cut = c.text().length() > 1 && r.nextInt(12) == 0 ? 1 : c.text().length();
      o.append("<span style=\"font-family:宋体\">").append(esc(c.text().substring(0, cut))).append("</span>");
      if (cut < c.text().length()) {
        o.append("<span style=\"font-family:宋体\">").append(esc(c.text().substring(cut))).append("</span>");
      }
    } else {
      spans(o, r, c.text(), "宋体");
    }
    o.append(r.nextInt(3) == 0 ? "<span>&nbsp;</span>" : "").append("<span><o:p></o:p></span></p>");
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
