package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Typos seen in the row labels and headings of real reports: an extra character (行政法复议), a dropped one
 * (予公开, 本机关不掌握相关政信息), a wrong one. Each is a plain replacement of the printed label text (data).
 */
final class Typos {

  static final Typos NONE = new Typos(List.of());

  // printed text → text with the typo
  private static final List<String[]> SEEN = List.of(
      new String[] {"行政复议", "行政法复议"},
      new String[] {"（一）予以公开", "（一）予公开"},
      new String[] {"本机关不掌握相关政府信息", "本机关不掌握相关政信息"},
      new String[] {"重复申请", "重复申"},
      new String[] {"保护第三方合法权益", "保护第三方合法权"},
      new String[] {"属于行政执法案卷", "属于行政执法卷"},
      new String[] {"信访举报投诉类申请", "信访举报投拆类申请"},
      new String[] {"结转下年度继续办理", "结转下年度继续力理"},
      new String[] {"上年结转政府信息公开申请数量", "上年结转政府信息公开申请数"},
      new String[] {"行政规范性文件", "行政规范文件"},
      new String[] {"没有现成信息需要另行制作", "没有现成信息需另行制作"});

  private final List<String[]> chosen;

  private Typos(List<String[]> chosen) {
    this.chosen = List.copyOf(chosen);
  }

  /** One to three typos, always among them 行政法复议 in one report in three. */
  static Typos draw(SplittableRandom r) {
    List<String[]> out = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      out.add(SEEN.get(0));
    }
    for (int n = 1 + r.nextInt(3); out.size() < n; ) {
      String[] t = SEEN.get(1 + r.nextInt(SEEN.size() - 1));
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return new Typos(out);
  }

  String apply(String label) {
    String s = label;
    for (String[] t : chosen) {
      s = s.replace(t[0], t[1]);
    }
    return s;
  }
}
