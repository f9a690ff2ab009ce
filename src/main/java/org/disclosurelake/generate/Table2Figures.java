package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SplittableRandom;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/** Draws 表二 (proactive disclosure under Art. 20) in the columns of each template, amounts with their units. */
final class Table2Figures {

  private Table2Figures() {}

  /**
   * Adds 表二's cells to {@code out}.
   *
   * @param issuesRules whether the agency can make 规章 (only city and provincial governments)
   * @param enforcement the typical number of licensing and penalty decisions of this agency
   */
  static void draw(SplittableRandom r, Template template, boolean issuesRules, int enforcement, Map<String, Figures.Printed> out) {
    if (template == Template.T2021) {
      document(r, "rules", issuesRules ? 3 : 0, true, out);
      document(r, "norms", 12, true, out);
      count(out, "license", "decisions", decisions(r, enforcement));
      count(out, "penalty", "decisions", decisions(r, enforcement / 3));
      count(out, "coercion", "decisions", decisions(r, enforcement / 40));
      BigDecimal fee = r.nextInt(3) == 0 ? BigDecimal.ZERO : money(r, 5000, 1 + r.nextInt(6));
      out.put(Vocabulary.t2("fees", "amount_wan"), new Figures.Printed(fee, fee.toPlainString()));
      return;
    }
    document(r, "rules", issuesRules ? 3 : 0, false, out);
    document(r, "norms", 12, false, out);
    items(r, "license", enforcement, out);
    items(r, "other_services", enforcement / 10, out);
    items(r, "penalty", enforcement / 3, out);
    items(r, "coercion", enforcement / 40, out);
    long prevFees = r.nextInt(20);
    count(out, "fees", "prev_items", prevFees);
    out.put(Vocabulary.t2("fees", "change"), change(r, prevFees));
    long purchases = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(400);
    count(out, "procurement", "items", purchases);
    out.put(Vocabulary.t2("procurement", "amount_yuan"), amount(r, purchases));
  }

  /**
   * The figures with 表二 drawn again in the layout of the other template, as reports that mix the 2019 and the 2021
   * forms print it; the other cells and their order are kept.
   */
  static Figures mixed(SplittableRandom r, Agency a, Figures f) {
    Template other = f.template() == Template.T2021 ? Template.T2019 : Template.T2021;
    Map<String, Figures.Printed> table2 = new java.util.LinkedHashMap<>();
    draw(r, other, a.issuesRules(), a.enforcement(), table2);
    Map<String, Figures.Printed> cells = new java.util.LinkedHashMap<>();
    f.cells().forEach((k, v) -> {
      if (k.startsWith("t2.")) {
        cells.putAll(table2);
      } else {
        cells.put(k, v);
      }
    });
    return new Figures(f.template(), f.year(), cells, other);
  }

  /** 规章 / 规范性文件: made, repealed, valid (2021) or made, published, public_total (2019). */
  private static void document(SplittableRandom r, String item, int typical, boolean t2021, Map<String, Figures.Printed> out) {
    long made = typical == 0 ? 0 : r.nextInt(typical + 1);
    if (t2021) {
      long repealed = r.nextInt(3) == 0 ? r.nextLong(made + 2) : 0;
      count(out, item, "made", made);
      count(out, item, "repealed", repealed);
      count(out, item, "valid", typical == 0 ? 0 : made + r.nextInt(typical * 12 + 1));
    } else {
      count(out, item, "made", made);
      count(out, item, "published", made);
      count(out, item, "public_total", typical == 0 ? 0 : made + r.nextInt(typical * 12 + 1));
    }
  }

  /** 行政许可 etc. in 2019: last year's items, the signed change, decisions. */
  private static void items(SplittableRandom r, String item, int typical, Map<String, Figures.Printed> out) {
    long prev = typical <= 0 ? 0 : r.nextInt(Math.max(1, typical / 5) + 1);
    count(out, item, "prev_items", prev);
    out.put(Vocabulary.t2(item, "change"), change(r, prev));
    count(out, item, "decisions", decisions(r, typical));
  }

  private static long decisions(SplittableRandom r, int typical) {
    return typical <= 0 || r.nextInt(5) == 0 ? 0 : r.nextInt(typical + 1);
  }

  /** "减105", "-18", "增3", "3" or "0". */
  private static Figures.Printed change(SplittableRandom r, long prev) {
    if (prev == 0 || r.nextInt(3) == 0) {
      return Figures.Printed.of(0);
    }
    long d = 1 + r.nextLong(Math.max(1, prev / 4) + 1);
    boolean down = r.nextBoolean() && d <= prev;
    String text = down ? (r.nextBoolean() ? "减" : "-") + d : (r.nextBoolean() ? "增" : "") + d;
    return new Figures.Printed(BigDecimal.valueOf(down ? -d : d), text);
  }

  /** 采购总金额 with its unit: "7700万", "251000元" or "73802895.90元"; the value is in 元. */
  private static Figures.Printed amount(SplittableRandom r, long purchases) {
    if (purchases == 0) {
      return new Figures.Printed(BigDecimal.ZERO, "0");
    }
    int kind = r.nextInt(3);
    if (kind == 0) {
      long wan = 1 + r.nextInt(20_000);
      return new Figures.Printed(BigDecimal.valueOf(wan * 10_000), wan + "万");
    }
    BigDecimal yuan = kind == 1 ? BigDecimal.valueOf(1000L * (1 + r.nextInt(900_000))) : money(r, 90_000_000, 2);
    return new Figures.Printed(yuan, yuan.toPlainString() + "元");
  }

  /** A positive decimal below {@code max} with {@code scale} decimals (its last digit non-zero). */
  private static BigDecimal money(SplittableRandom r, int max, int scale) {
    BigDecimal v = BigDecimal.valueOf(r.nextDouble() * max).setScale(scale, RoundingMode.DOWN);
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    if (v.unscaledValue().mod(java.math.BigInteger.TEN).signum() == 0) {
      v = v.add(step);
    }
    return v;
  }

  private static void count(Map<String, Figures.Printed> out, String item, String col, long v) {
    out.put(Vocabulary.t2(item, col), Figures.Printed.of(v));
  }
}
