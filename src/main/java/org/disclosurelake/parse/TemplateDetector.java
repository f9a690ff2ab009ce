package org.disclosurelake.parse;

import java.util.List;
import org.disclosurelake.parse.table.CompactText;
import org.disclosurelake.report.Template;

/**
 * Tells the template from the column and row labels only each template has (domain.md §1): 2021 has 本年制发件数,
 * 本年废止件数, 现行有效件数, 本年收费金额 and three (六) rows; 2019 has 本年新制作数量, 上一年项目数量, 本年增/减 and 政府集中采购.
 */
final class TemplateDetector {

  private static final List<String> MARKS_2021 =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "逾期不补正", "缴纳费用");
  private static final List<String> MARKS_2019 =
      List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购项目数量", "政府集中采购");

  private TemplateDetector() {}

  static Template detect(CompactText t, boolean hasTable3, Integer year) {
    int m2021 = count(t, MARKS_2021);
    int m2019 = count(t, MARKS_2019);
    // without 表三, a marker or two is only prose ("政府集中采购项目类信息55条"), not a template's table
    int needed = hasTable3 ? 1 : 3;
    if (m2021 > m2019 && m2021 >= needed) {
      return Template.T2021;
    }
    if (m2019 > m2021 && m2019 >= needed) {
      return Template.T2019;
    }
    if (hasTable3) {
      return year != null && year <= 2020 ? Template.T2019 : Template.T2021;
    }
    return year != null && year <= 2020 ? Template.PRE2019 : Template.UNKNOWN;
  }

  private static int count(CompactText t, List<String> marks) {
    int n = 0;
    for (String m : marks) {
      if (t.indexOf(m, 0, t.length()) >= 0) {
        n++;
      }
    }
    return n;
  }
}
