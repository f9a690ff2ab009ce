package org.disclosurelake.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.disclosurelake.report.Template;

/** Draws all figures of one agency-year; a series threads the carried-forward row from year to year. */
final class ReportFigures {

  /** The figures of a year and what it carries into the next. */
  record Year(Figures figures, long[] forward) {}

  private ReportFigures() {}

  static Template templateOf(int year) {
    return year <= 2018 ? Template.PRE2019 : year <= 2020 ? Template.T2019 : Template.T2021;
  }

  static Year draw(SplittableRandom r, Agency a, int year, long[] carried) {
    Template t = templateOf(year);
    Map<String, Figures.Printed> cells = new LinkedHashMap<>();
    proactive(r, a, cells);
    if (t == Template.PRE2019) {
      long[] none = new long[Table3Figures.COLUMNS];
      legacy(r, a, cells);
      return new Year(new Figures(t, year, cells), none);
    }
    Map<String, Figures.Printed> tables = new LinkedHashMap<>();
    Table2Figures.draw(r, t, a.issuesRules(), a.enforcement(), tables);
    long[] forward = Table3Figures.draw(r, t, a.scale(), carried, tables);
    Table3Figures.drawTable4(r, a.scale(), tables);
    cells.putAll(tables);
    return new Year(new Figures(t, year, cells), forward);
  }

  /** 主动公开政府信息 N 条 and its split over website, WeChat and other channels. */
  private static void proactive(SplittableRandom r, Agency a, Map<String, Figures.Printed> cells) {
    long website = 20 + r.nextInt(a.scale() * 20 + 200);
    long wechat = r.nextInt(3) == 0 ? 0 : r.nextInt((int) website + 1);
    long other = r.nextInt(2) == 0 ? 0 : r.nextInt(200);
    cells.put("proactive.total", Figures.Printed.of(website + wechat + other));
    cells.put("proactive.website", Figures.Printed.of(website));
    cells.put("proactive.wechat", Figures.Printed.of(wechat));
    cells.put("proactive.other_channels", Figures.Printed.of(other));
  }

  /** Pre-2019 prose figures: applications, answers by outcome, reviews and suits. */
  private static void legacy(SplittableRandom r, Agency a, Map<String, Figures.Printed> cells) {
    long n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(a.scale() * 2 + 1);
    cells.put("t3.new.total", Figures.Printed.of(n));
    if (n == 0) {
      // "未收到…申请" and "没有发生…行政复议及行政诉讼" state zeros
      cells.put("t4.review.total", Figures.Printed.of(0));
      cells.put("t4.suit.total", Figures.Printed.of(0));
      return;
    }
    long denied = r.nextInt(3) == 0 ? r.nextLong(n / 5 + 1) : 0;
    long partial = r.nextLong((n - denied) / 4 + 1);
    cells.put("t3.processed.total", Figures.Printed.of(n));
    cells.put("t3.granted.total", Figures.Printed.of(n - denied - partial));
    cells.put("t3.partial.total", Figures.Printed.of(partial));
    cells.put("t3.denied.total", Figures.Printed.of(denied));
    long review = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
    long suit = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
    cells.put("t4.review.total", Figures.Printed.of(review));
    cells.put("t4.suit.total", Figures.Printed.of(suit));
  }
}
