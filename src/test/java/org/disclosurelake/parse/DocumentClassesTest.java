package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;
import org.junit.jupiter.api.Test;

/**
 * One small document per class of real-document trouble (issue "Real documents, read right"), each expectation
 * written from the document itself: Word-exported grids with blank cells, prose with distractor sentences, the
 * proactive total among categories, channels and cumulative figures.
 */
class DocumentClassesTest {

  private static final ReportParser PARSER = new ReportParser();

  private static Report parse(String name, String text) {
    ParseResult r = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), name);
    assertFalse(r.isRejected(), () -> name + ": " + r.rejection());
    return r.report();
  }

  private static Map<String, Fact> facts(Report r) {
    Map<String, Fact> out = new HashMap<>();
    r.facts().forEach(f -> out.put(f.key(), f));
    return out;
  }

  private static BigDecimal value(Report r, String key) {
    Fact f = facts(r).get(key);
    return f == null ? null : f.value();
  }

  @Test
  void wordExportedGridKeepsBlankCellsInTheirPlaces() throws IOException {
    byte[] html;
    try (InputStream in = getClass().getResourceAsStream("/reports/classes/blank-cells.html")) {
      html = in.readAllBytes();
    }
    Report r = PARSER.parse(html, "blank-cells.html").report();
    // 表三 一、本年新收: 5 natural, 2 社会公益组织, 7 in all; the other cells are &nbsp;
    assertEquals(new BigDecimal(5), value(r, "t3.new.natural"));
    assertEquals(new BigDecimal(2), value(r, "t3.new.social"));
    assertEquals(new BigDecimal(7), value(r, "t3.new.total"));
    assertEquals(Semantics.BLANK, facts(r).get("t3.new.commercial").semantics());
    // 表四: 行政复议 维持 5, 尚未审结 2, 总计 7; 未经复议直接起诉 维持 1, 总计 1; every other cell blank
    assertEquals(new BigDecimal(5), value(r, "t4.review.upheld"));
    assertEquals(new BigDecimal(2), value(r, "t4.review.pending"));
    assertEquals(new BigDecimal(7), value(r, "t4.review.total"));
    assertEquals(Semantics.BLANK, facts(r).get("t4.review.corrected").semantics());
    assertEquals(new BigDecimal(1), value(r, "t4.suit_direct.total"));
    assertEquals(Semantics.BLANK, facts(r).get("t4.suit_after_review.total").semantics());
    assertTrue(r.findings().isEmpty(), r.findings()::toString);
  }

  @Test
  void proseAboutReviewsSetsNoApplicationCount() {
    Report r = parse("review.txt", "某某县人民政府2015年政府信息公开工作年度报告\n"
        + "2015年，我县共收到政府信息公开申请21件，同意公开答复数17件。"
        + "被申请人并未收到申请人提出的行政复议申请，也没有发生因政府信息公开提起的行政诉讼。\n");
    assertEquals(new BigDecimal(21), value(r, "t3.new.total"));
    assertEquals(new BigDecimal(17), value(r, "t3.granted.total"));
  }

  @Test
  void theAnnualProactiveFigureNotTheCumulativeOne() {
    Report r = parse("cumulative.txt", "某某局2013年度政府信息公开工作年度报告\n"
        + "截止2013年12月27日，我局累计主动公开政府信息440条，全文电子化达100%。其中2013年度我局共主动公开政府信息235条。\n");
    assertEquals(new BigDecimal(235), value(r, "proactive.total"));
  }

  @Test
  void cumulatingOverTheReportYearIsTheAnnualFigure() {
    // "2025年累计…20条" sums the report year; "2018年以来累计" and "截至…累计" span several years
    Report r = parse("year-cumulative.txt", "某某片区管理局2025年政府信息公开工作年度报告\n"
        + "我局严格按照相关规定要求，2025年累计主动公开政府信息20条，其中监督检查情况8条，其他应主动公开的政府信息12条。\n");
    assertEquals(new BigDecimal(20), value(r, "proactive.total"));
    Report since = parse("since.txt", "某某片区管理局2025年政府信息公开工作年度报告\n"
        + "2018年以来累计主动公开政府信息900条。2025年共受理政府信息公开申请11件。\n");
    assertEquals(null, value(since, "proactive.total"));
  }

  @Test
  void anOldStatisticsTableHeadedStatistikZhibiaoIsRead() {
    // header 统计指标 (not 指标名称); its 历年累计 column disagrees with itself (同意公开 6 > 答复总数 0), which leaves
    // the annual column as printed; the prose's channel counts are rows the table does not have
    Report r = parse("tongji-zhibiao.txt", "某某镇人民政府2018年政府信息公开工作年度报告\n"
        + "2018年，我镇主动公开政府信息300条，其中通过门户网站公开政府信息151条，通过微信公众号公开政府信息11条。\n"
        + "附表：某某镇人民政府2018年政府信息公开情况统计表\n"
        + "统计指标 | 单位 | 本年度 | 历年累计\n"
        + "主动公开政府信息数 | 条 | 300 | 905\n"
        + "受理申请总数 | 件 | 2 | 9\n"
        + "对申请的答复总数 | 件 | 2 | 0\n"
        + "其中：同意公开答复数 | 件 | 1 | 6\n"
        + "同意部分公开答复数 | 件 | 1 | 0\n"
        + "不同意公开答复数 | 件 | 0 | 29\n"
        + "三、行政复议数 | 件 | 0 | 0\n");
    assertEquals(new BigDecimal(300), value(r, "proactive.total"));
    assertEquals(new BigDecimal(151), value(r, "proactive.website"));
    assertEquals(new BigDecimal(11), value(r, "proactive.wechat"));
    assertEquals(new BigDecimal(2), value(r, "t3.new.total"));
    assertEquals(new BigDecimal(2), value(r, "t3.processed.total"));
    assertEquals(new BigDecimal(1), value(r, "t3.granted.total"));
    assertEquals(new BigDecimal(1), value(r, "t3.partial.total"));
    assertEquals(new BigDecimal(0), value(r, "t3.denied.total"));
    assertEquals(new BigDecimal(0), value(r, "t4.review.total"));
  }

  @Test
  void table3LabelsWithACharacterDroppedAreTheirRows() {
    // typos seen in published tables: （一）予公开, 7.属于行政执法卷, 2.重复申 — each sits between its neighbours' labels
    Report r = parse("typos.txt", "某某局2024年政府信息公开工作年度报告\n"
        + "三、收到和处理政府信息公开申请情况\n"
        + "| 本年度办理结果 | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
        + "| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n"
        + "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        + "| 三、本年度办理结果 | （一）予公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
        + "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        + "| （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 7.属于行政执法卷 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        + "| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| （四）无法提供 | 1.本机关不掌握相关政府信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| （五）不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 2.重复申 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        + "| 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "| （七）总计 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |\n"
        + "| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n");
    assertEquals(new BigDecimal(3), value(r, "t3.granted.total"));
    assertEquals(new BigDecimal(1), value(r, "t3.denied.enforcement_file.natural"));
    assertEquals(new BigDecimal(1), value(r, "t3.not_processed.repeated.total"));
    assertEquals(new BigDecimal(0), value(r, "t3.not_processed.excessive.total"));
    assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("rows not found")), r.findings().toString());
  }

  @Test
  void theProseSettlesAGluedStatisticsRowBeforeItsCumulativeColumnDoes() {
    // 不同意公开答复数件126 is 1|26 or 12|6; the prose says 不予公开1件, and 1 fits within 答复总数 17 (26 > 17 in the
    // 历年累计 column only: that column disagrees with itself, as 同意公开 15|95 shows)
    Report r = parse("glued-stats.txt", "某某局2015年政府信息公开工作年度报告\n"
        + "2015年，我局共受理政府信息公开申请17件，已按期答复17件，其中同意公开15件，同意部分公开1件，不予公开1件。\n"
        + "附表：某某局2015年政府信息公开情况统计表\n"
        + "统计指标单位本年度历年累计\n"
        + "受理申请总数件1717\n"
        + "对申请的答复总数件1717\n"
        + "其中：同意公开答复数件1595\n"
        + "同意部分公开答复数件111\n"
        + "不同意公开答复数件126\n");
    assertEquals(new BigDecimal(17), value(r, "t3.processed.total"));
    assertEquals(new BigDecimal(15), value(r, "t3.granted.total"));
    assertEquals(new BigDecimal(1), value(r, "t3.partial.total"));
    assertEquals(new BigDecimal(1), value(r, "t3.denied.total"));
  }

  @Test
  void theProactiveTotalIsNeitherACategoryNorAChannel() {
    Report r = parse("categories.txt", "某某片区管理局2022年政府信息公开工作年度报告\n"
        + "通过微信公众号公开政府信息698条。全年主动公开信息数156条，其中机关职能类信息12条，"
        + "其他应主动公开的政府信息45条。\n");
    assertEquals(new BigDecimal(156), value(r, "proactive.total"));
    Report proper = parse("proper.txt", "某某局2025年政府信息公开工作年度报告\n"
        + "共在门户网站发布政府信息（文件）575份，其中主动公开317份，立案查处各类违法行为204起。\n");
    assertEquals(new BigDecimal(317), value(proper, "proactive.total"));
  }

  @Test
  void noOverallFigureMeansNoValue() {
    Report r = parse("none.txt", "某某片区管理局2025年政府信息公开工作年度报告\n"
        + "2025年，片区管理局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
        + "按照区党工委管委会关于政务公开工作的部署要求，持续推进基础信息公开，深化重点领域信息公开，"
        + "不断完善政府信息公开工作机制，规范政府信息公开审查程序，提升政府信息公开工作质量和水平，"
        + "切实保障人民群众的知情权、参与权、表达权和监督权。全年收到政府信息公开申请11件。"
        + "其中环境保护、公共卫生的监督检查情况8条，其他应主动公开的政府信息12条；公开财政预决算信息2条。\n");
    assertNull(value(r, "proactive.total"));
  }

  @Test
  void proseSettlesAGlued表二Row() {
    String table = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 000\n"
        + "行政规范性文件 8855698\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 10690\n";
    Report glued = parse("glued.txt", "某某区2022年政府信息公开工作年度报告\n" + table);
    assertNull(value(glued, "t2.norms.made"), "8855698 splits several ways");
    assertTrue(glued.findings().stream().anyMatch(f -> f.code() == FindingCode.AMBIGUOUS_SPLIT));
    Report told = parse("told.txt", "某某区2022年政府信息公开工作年度报告\n"
        + "集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。\n" + table);
    assertEquals(new BigDecimal(88), value(told, "t2.norms.made"));
    assertEquals(new BigDecimal(55), value(told, "t2.norms.repealed"));
    assertEquals(new BigDecimal(698), value(told, "t2.norms.valid"));
    assertTrue(told.findings().stream().anyMatch(f -> f.code() == FindingCode.FROM_TEXT), told.findings()::toString);
  }

  @Test
  void markdownRulesAreNoRows() {
    assertTrue(TextReader.isTableRule("|---|---|:---:|"));
    assertTrue(TextReader.isTableRule("| --- | --- |"));
    assertFalse(TextReader.isTableRule("| - | - |"), "a row of not-applicable marks");
    assertFalse(TextReader.isTableRule("| 0 | --- |"));
    assertEquals(List.of("| a | b |", "| 1 | 2 |"), TextReader.withoutRules(List.of("| a | b |", "|---|---|", "| 1 | 2 |")));
  }
}
