package org.disclosurelake.generate;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/** Writes the body of one report: title, the six sections of the template (or the pre-2019 prose), the tables. */
final class DraftBuilder {

  private static final List<String> TITLE_FORMS =
      List.of("{a}{y}年政府信息公开工作年度报告", "{a}{y}年度政府信息公开工作年度报告", "{a}{y}年政府信息公开年度报告");

  private DraftBuilder() {}

  static Draft build(SplittableRandom r, Agency a, Figures f, OutputForm form, Variant v) {
    int y = f.year();
    String title = Prose.fill(TITLE_FORMS.get(r.nextInt(TITLE_FORMS.size())), a, y).replace("{a}", a.name());
    LocalDate published = LocalDate.of(y + 1, 1 + r.nextInt(3), 1 + r.nextInt(28));
    List<String> classes = new ArrayList<>(v.classes(form));
    if (f.template() != Template.PRE2019 && form != OutputForm.GLUED && r.nextInt(4) == 0) {
      Figures blanked = blankZeroColumns(f);
      if (blanked != f) {
        classes.add("blank-columns");
      }
      f = blanked;
    }
    if (v.blankCells()) {
      f = BlankCells.apply(new SplittableRandom(v.seed() ^ 1), f);
    }
    SplittableRandom own = new SplittableRandom(v.seed() ^ 2);
    Typos typos = v.typos() ? Typos.draw(own) : Typos.NONE;
    // glued text of a report whose numbers add up: rows are no longer spaced to avoid ambiguity
    GluedTruth.Outcome glue = v.ambiguousGlue() && form == OutputForm.GLUED && f.template() != Template.PRE2019
        && TruthChecks.failing(f.values()).isEmpty() ? GluedTruth.of(f, proseTotals(f)) : null;
    List<Block> b = new ArrayList<>();
    b.add(new Block.Heading(title));
    if (f.template() == Template.PRE2019) {
      if (v.legacyStats()) {
        f = withStatedZeros(f);
      }
      legacyBody(b, a, f, v, new LegacyStats(own, a, f));
    } else {
      templatedBody(r, b, a, f, form, new Tables(f, halfWidth(r, form), typos, glue), typos);
    }
    Set<String> ambiguous = glue == null ? Set.of() : glue.ambiguous();
    if (!ambiguous.isEmpty()) {
      classes.add("ambiguous-glue");
    }
    if (glue != null && !glue.settled().isEmpty()) {
      classes.add("glue-settled");
    }
    return new Draft(a, f, title, published, b, ambiguous, classes);
  }

  private static boolean halfWidth(SplittableRandom r, OutputForm form) {
    return (form == OutputForm.PIPE || form == OutputForm.MARKDOWN) && r.nextBoolean();
  }

  /** The totals the templated prose states: they settle glued cells as much as the tables' arithmetic does. */
  private static Map<String, BigDecimal> proseTotals(Figures f) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (String row : List.of("new", "carried", "processed", "forward")) {
      String key = Vocabulary.t3(row, "total");
      Figures.Printed p = f.cells().get(key);
      if (p != null && p.value() != null) {
        out.put(key, p.value());
      }
    }
    return out;
  }

  /** A 统计表 prints every line, zeros included, where the prose of a report without applications states none. */
  private static Figures withStatedZeros(Figures f) {
    Map<String, Figures.Printed> zeros = new java.util.LinkedHashMap<>();
    for (String k : List.of("t3.processed.total", "t3.granted.total", "t3.partial.total", "t3.denied.total")) {
      if (!f.cells().containsKey(k)) {
        zeros.put(k, Figures.Printed.of(0));
      }
    }
    return zeros.isEmpty() ? f : f.with(zeros);
  }

  private static void templatedBody(SplittableRandom r, List<Block> b, Agency a, Figures f, OutputForm form, Tables t,
      Typos typos) {
    int y = f.year();
    String notice = f.template() == Template.T2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
    b.add(new Block.Para("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（"
        + notice + "）要求编制。报告中所列数据的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。本报告电子版可在“" + a.portal()
        + "”门户网站下载。如对本报告有疑问，请与" + a.name() + "联系。"));
    b.add(new Block.Heading("一、总体情况"));
    b.add(new Block.Para(Prose.subhead(0)));
    b.add(new Block.Para(proactive(a, f)));
    b.add(new Block.Pad());
    b.add(new Block.Para(y + "年，" + a.self() + "共收到政府信息公开申请" + f.text("t3.new.total") + "件，上年结转"
        + f.text("t3.carried.total") + "件，办结" + f.text("t3.processed.total") + "件，结转下年度继续办理" + f.text("t3.forward.total")
        + "件。"));
    b.add(new Block.Heading("二、主动公开政府信息情况"));
    b.add(t.table2());
    b.add(new Block.Heading("三、收到和处理政府信息公开申请情况"));
    b.add(t.table3());
    b.add(new Block.Heading(typos.apply("四、政府信息公开行政复议、行政诉讼情况")));
    b.add(t.table4());
    b.add(new Block.Heading("五、存在的主要问题及改进情况"));
    b.add(new Block.Para(Prose.fill("{s}政务公开工作虽然取得了一定成效，但仍存在公开内容不够全面、解读形式较为单一等问题。{n}年，{s}将进一步加强组织领导，完善工作机制，提升公开质量。", a, y)));
    b.add(new Block.Heading("六、其他需要报告的事项"));
    b.add(new Block.Para(y + "年，" + a.self() + "未收取信息处理费。"));
  }

  private static void legacyBody(List<Block> b, Agency a, Figures f, Variant v, LegacyStats stats) {
    int y = f.year();
    b.add(new Block.Para("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，报告所列数据统计时限为" + y + "年1月1日至" + y
        + "年12月31日止。报告电子版通过" + a.portal() + "网站浏览。"));
    b.add(new Block.Heading("一、概述"));
    b.add(new Block.Pad());
    b.add(new Block.Heading("二、主动公开政府信息情况"));
    b.add(new Block.Para(v.legacyDistractors() ? stats.proactive() : proactive(a, f)));
    b.add(new Block.Heading("三、依申请公开政府信息和不予公开政府信息情况"));
    long n = f.count("t3.new.total");
    b.add(new Block.Para(n == 0
        ? y + "年，" + a.self() + "未收到政府信息公开申请。"
        : y + "年，" + a.self() + "共受理政府信息公开申请" + f.text("t3.new.total") + "件，已按期答复" + f.text("t3.processed.total")
            + "件，其中同意公开" + f.text("t3.granted.total") + "件，同意部分公开" + f.text("t3.partial.total") + "件，不予公开"
            + f.text("t3.denied.total") + "件。"));
    b.add(new Block.Heading("四、政府信息公开收费及减免情况"));
    b.add(new Block.Para(v.legacyDistractors() ? stats.fees() : y + "年，" + a.self() + "未收取政府信息公开相关费用，也不存在减免情况。"));
    b.add(new Block.Heading("五、因政府信息公开申请行政复议、提起行政诉讼的情况"));
    long disputes = f.count("t4.review.total") + f.count("t4.suit.total");
    if (v.legacyDistractors() && f.count("t4.review.total") == 0) {
      b.add(new Block.Para(stats.disputes()));
    } else {
      b.add(new Block.Para(disputes == 0
          ? y + "年，" + a.self() + "没有发生因政府信息公开申请提起行政复议及行政诉讼的情况。"
          : y + "年，因政府信息公开申请被申请行政复议" + f.text("t4.review.total") + "件，被提起行政诉讼" + f.text("t4.suit.total") + "件。"));
    }
    b.add(new Block.Heading("六、存在的主要问题及改进措施"));
    b.add(new Block.Para(Prose.fill("{s}政府信息公开工作取得了一定成效，但与上级要求相比还存在差距。{n}年，{s}将继续强化信息公开平台建设，推进政务公开工作再上新台阶。", a, y)));
    if (v.legacyStats()) {
      stats.table().forEach(line -> b.add(new Block.Para(line)));
    }
  }

  private static String proactive(Agency a, Figures f) {
    StringBuilder s = new StringBuilder();
    s.append(f.year()).append("年，").append(a.self()).append("通过门户网站、微信公众号等渠道主动公开政府信息")
        .append(f.text("proactive.total")).append("条，其中通过门户网站公开政府信息").append(f.text("proactive.website")).append("条");
    s.append("，通过微信公众号公开政府信息").append(f.text("proactive.wechat")).append("条");
    s.append("，通过其他方式公开政府信息").append(f.text("proactive.other_channels")).append("条。");
    return s.toString();
  }

  /** Applicant columns that are zero in every 表三 row print blank cells, as many Word exports do. */
  static Figures blankZeroColumns(Figures f) {
    List<String> rows = Vocabulary.t3Rows(f.template());
    java.util.Map<String, Figures.Printed> blanks = new java.util.HashMap<>();
    for (String col : Vocabulary.T3_COLUMNS.subList(1, 6)) {
      boolean zero = rows.stream().allMatch(row -> f.count(Vocabulary.t3(row, col)) == 0);
      if (zero) {
        for (String row : rows) {
          blanks.put(Vocabulary.t3(row, col), new Figures.Printed(null, ""));
        }
      }
    }
    return blanks.isEmpty() ? f : f.with(blanks);
  }
}
