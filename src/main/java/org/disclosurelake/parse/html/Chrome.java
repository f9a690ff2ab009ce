package org.disclosurelake.parse.html;

import java.util.List;

/**
 * Recognises short site-chrome lines that survive inside a content container (print and close buttons, share
 * widgets, copyright and registration footers).
 */
final class Chrome {

  /** Lines longer than this are report text even if they contain a chrome word. */
  private static final int MAX_CHROME_LINE = 80;

  /** Chrome words: accessibility, copyright, ICP registration, site map, print/close, share, pagination. */
  private static final List<String> WORDS =
      List.of(
          "无障碍", "版权所有", "备案号", "ICP备", "公网安备", "网站地图", "网站标识码", "Copyright", "COPYRIGHT",
          "copyright", "©", "打印本页", "关闭窗口", "【打印】", "【关闭】", "[打印]", "[关闭]", "分享到", "扫一扫",
          "上一篇", "下一篇", "字号：", "【字体", "浏览次数", "访问次数");

  private Chrome() {}

  static boolean isChrome(String line) {
    if (line.length() > MAX_CHROME_LINE) {
      return false;
    }
    for (String word : WORDS) {
      if (line.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
