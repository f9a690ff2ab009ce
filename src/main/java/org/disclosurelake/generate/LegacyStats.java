package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What pre-2019 reports add around their figures: an old 统计表 whose 本年度 and 历年累计 columns are often glued
 * ("主动公开政府信息数条206912106" = 2069 | 12106, settled only by the prose), a cumulative count before the annual one
 * ("累计主动公开…N条。其中YYYY年度…M条"), and "未收到…申请" sentences about reviews or fee waivers that state no
 * application count.
 */
final class LegacyStats {

  private final SplittableRandom r;
  private final Agency a;
  private final Figures f;

  LegacyStats(SplittableRandom r, Agency a, Figures f) {
    this.r = r;
    this.a = a;
    this.f = f;
  }

  /** The proactive paragraph with the cumulative figure first. */
  String proactive() {
    int y = f.year();
    long cumulative = f.count("proactive.total") * (2 + r.nextInt(8)) + r.nextInt(500);
    return "截至" + y + "年底，" + a.self() + "累计主动公开政府信息" + cumulative + "条。其中" + y + "年度主动公开政府信息"
        + f.text("proactive.total") + "条，其中通过门户网站公开政府信息" + f.text("proactive.website") + "条，通过微信公众号公开政府信息"
        + f.text("proactive.wechat") + "条，通过其他方式公开政府信息" + f.text("proactive.other_channels") + "条。";
  }

  /** A sentence about reviews and suits that says "未收到…行政复议申请" when there was none. */
  String disputes() {
    int y = f.year();
    String suits = f.count("t4.suit.total") == 0 ? "，也未发生因政府信息公开提起行政诉讼的情况。"
        : "，因政府信息公开申请被提起行政诉讼" + f.text("t4.suit.total") + "件。";
    return y + "年，" + a.self() + "未收到针对政府信息公开事项的行政复议申请" + suits;
  }

  /** A sentence about fees with "未收到…申请" in it. */
  String fees() {
    return f.year() + "年，" + a.self() + "未收取政府信息公开相关费用，未收到减免政府信息公开费用的申请。";
  }

  /**
   * The 统计表 as text lines: a title, a header, one line per indicator with the annual figure and the cumulative
   * one, glued to the label (and to each other) or between pipes.
   */
  List<String> table() {
    boolean glued = r.nextInt(5) < 3;
    List<String> out = new ArrayList<>();
    out.add("附表：" + a.name() + f.year() + "年政府信息公开情况统计表");
    out.add(glued ? "统计指标单位本年度历年累计" : "统计指标 | 单位 | 本年度 | 历年累计");
    out.add("一、主动公开情况");
    out.add(line(glued, "主动公开政府信息数", "条", "proactive.total"));
    out.add("二、依申请公开情况");
    out.add(line(glued, "受理申请总数", "件", "t3.new.total"));
    out.add(line(glued, "对申请的答复总数", "件", "t3.processed.total"));
    out.add(line(glued, "其中：同意公开答复数", "件", "t3.granted.total"));
    out.add(line(glued, "同意部分公开答复数", "件", "t3.partial.total"));
    out.add(line(glued, "不同意公开答复数", "件", "t3.denied.total"));
    out.add(line(glued, "三、行政复议数", "件", "t4.review.total"));
    out.add(line(glued, "四、行政诉讼数", "件", "t4.suit.total"));
    return out;
  }

  private String line(boolean glued, String label, String unit, String key) {
    long annual = f.count(key);
    long cumulative = annual + (r.nextInt(3) == 0 ? 0 : r.nextInt((int) Math.min(5_000, annual * 6 + 30)));
    String year = f.cells().containsKey(key) ? f.text(key) : "0";
    return glued ? label + unit + year + cumulative : label + " | " + unit + " | " + year + " | " + cumulative;
  }
}
