package org.disclosurelake.parse.pdf;

import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Tells whether a font is meant for Chinese, Japanese or Korean text, from its CID ordering or its name. */
final class CjkFonts {

  /** Common CJK font names (SimSun, FangSong_GB2312, STSong, 方正仿宋_GBK, Noto Sans CJK, …). */
  private static final Pattern NAME =
      Pattern.compile(
          "(?i).*(sim|song|hei|kai|fang|gb2312|gbk|ming|mincho|gothic|cjk|han sans|han serif|宋|黑|楷|仿|方正|华文).*");

  private CjkFonts() {}

  static boolean isCjk(PDFont font) {
    if (font instanceof PDType0Font t0 && t0.getDescendantFont() != null) {
      PDCIDSystemInfo info = t0.getDescendantFont().getCIDSystemInfo();
      String ordering = info == null ? "" : info.getOrdering();
      if (ordering != null && ordering.matches("GB1|CNS1|Japan1|Korea1")) {
        return true;
      }
    }
    String name = font.getName();
    return name != null && NAME.matcher(name).matches();
  }
}
