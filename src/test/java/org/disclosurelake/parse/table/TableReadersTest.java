package org.disclosurelake.parse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.junit.jupiter.api.Test;

class TableReadersTest {

  /** A glued 2019 表三 with every row zero except new and processed, whose digits are given. */
  private static String glued(String newRow, String processedRow) {
    StringBuilder sb = new StringBuilder();
    sb.append("一、本年新收政府信息公开申请数量").append(newRow).append('\n');
    sb.append("二、上年结转政府信息公开申请数量0000000\n三、本年度办理结果（一）予以公开").append(newRow.replace(' ', '\n'));
    sb.append("（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（三）不予公开");
    String[] denied = {"属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
      "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"};
    for (int i = 0; i < denied.length; i++) {
      sb.append(i + 1).append('.').append(denied[i]).append("0000000");
    }
    sb.append("（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000");
    sb.append("（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物0000000");
    sb.append("4.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000（六）其他处理0000000");
    sb.append("（七）总计").append(processedRow).append("四、结转下年度继续办理0000000");
    return sb.toString();
  }

  private static TableSink read(String text) {
    TableSink sink = new TableSink();
    Table3Reader.read(new CompactText(text), sink);
    return sink;
  }

  private static Map<String, BigDecimal> values(TableSink sink) {
    return sink.facts().stream().filter(Fact::hasValue).collect(Collectors.toMap(Fact::key, Fact::value));
  }

  @Test
  void columnArithmeticSettlesWhatRowSumsLeaveOpen() {
    // "110000011" is 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11; the spaced (七)总计 row and T3-BAL decide: 11 natural
    TableSink sink = read(glued("110000011", "11 0 0 0 0 0 11"));
    Map<String, BigDecimal> v = values(sink);
    assertEquals(11, v.get("t3.new.natural").intValue());
    assertEquals(0, v.get("t3.new.commercial").intValue());
    assertEquals(11, v.get("t3.granted.natural").intValue());
    assertTrue(sink.findings().stream().noneMatch(f -> f.code() == FindingCode.AMBIGUOUS_SPLIT));
  }

  @Test
  void undecidableSplitGivesNoValueAndSaysSo() {
    // both rows glued the same way: every reading satisfies every identity, so natural/commercial stay open
    TableSink sink = read(glued("110000011", "110000011"));
    Map<String, BigDecimal> v = values(sink);
    assertEquals(11, v.get("t3.new.total").intValue(), "cells every reading agrees on are kept");
    assertFalse(v.containsKey("t3.new.natural"));
    assertFalse(v.containsKey("t3.new.commercial"));
    Finding ambiguous =
        sink.findings().stream().filter(f -> f.code() == FindingCode.AMBIGUOUS_SPLIT).findFirst().orElseThrow();
    assertTrue(ambiguous.keys().containsAll(java.util.List.of("t3.new.natural", "t3.new.commercial")));
  }

  @Test
  void pipeRowsKeepBlankCells() {
    String text =
        "一、本年新收政府信息公开申请数量 | 26 |  |  |  |  |  | 26\n"
            + "二、上年结转政府信息公开申请数量 | 0 |  |  |  |  |  | 0\n"
            + "四、结转下年度继续办理 | 0 |  |  |  |  |  | 0\n";
    TableSink sink = new TableSink();
    Table3Reader.read(new CompactText(text), sink);
    Map<String, Fact> f = sink.facts().stream().collect(Collectors.toMap(Fact::key, x -> x));
    assertEquals(26, f.get("t3.new.natural").value().intValue());
    assertEquals(26, f.get("t3.new.total").value().intValue());
    assertEquals(org.disclosurelake.report.Semantics.BLANK, f.get("t3.new.commercial").semantics());
    assertEquals("一、本年新收政府信息公开申请数量", f.get("t3.new.total").rowLabel());
    assertEquals("总计", f.get("t3.new.total").columnLabel());
  }

  @Test
  void table4ReadsFifteenCellsAfterTheHeader() {
    String text =
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
            + "72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20\n五、存在的主要问题";
    TableSink sink = new TableSink();
    assertTrue(Table4Reader.read(new CompactText(text), 0, sink));
    Map<String, BigDecimal> v =
        sink.facts().stream().filter(Fact::hasValue).collect(Collectors.toMap(Fact::key, Fact::value));
    assertEquals(351, v.get("t4.review.total").intValue());
    assertEquals(64, v.get("t4.review.corrected").intValue());
    assertEquals(20, v.get("t4.suit_after_review.total").intValue());
    assertEquals(15, v.size());
  }

  @Test
  void table4WithoutItsDataRowIsNotReadFromTheProseAfterIt() {
    // the row of figures is missing (a blank table); the next section's 15 figures are no 表四
    String text =
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
            + "五、存在的主要问题及改进情况\n"
            + "1 2 3 4 10 1 1 1 1 4 0 0 0 1 1\n";
    TableSink sink = new TableSink();
    assertTrue(Table4Reader.read(new CompactText(text), 0, sink));
    assertTrue(sink.facts().stream().noneMatch(Fact::hasValue), sink.facts().toString());
  }

  @Test
  void table4WithItsReviewHeadingMisprintedIsFoundByItsSuitHeading() {
    String text =
        "四、政府信息公开行政法复议、行政诉讼情况\n行政法复议 | 行政诉讼\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉\n"
            + "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
            + "0 | 2 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 1\n五、存在的主要问题";
    TableSink sink = new TableSink();
    assertTrue(Table4Reader.read(new CompactText(text), 0, sink));
    Map<String, BigDecimal> v =
        sink.facts().stream().filter(Fact::hasValue).collect(Collectors.toMap(Fact::key, Fact::value));
    assertEquals(2, v.get("t4.review.corrected").intValue());
    assertEquals(1, v.get("t4.suit_after_review.total").intValue());
    assertEquals(15, v.size());
  }

  @Test
  void table2NormsPrintedWithoutXingAreTheNormsRow() {
    String text =
        "第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            + "| 规章 | 0 | 1 | 0 |\n| 行政规范文件 | 8 | 0 | 137 |\n"
            + "第二十条第（五）项\n| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 171 |\n";
    TableSink sink = new TableSink();
    assertTrue(Table2Reader.read(new CompactText(text), text.length(), org.disclosurelake.report.Template.T2021, sink));
    Map<String, BigDecimal> v =
        sink.facts().stream().filter(Fact::hasValue).collect(Collectors.toMap(Fact::key, Fact::value));
    assertEquals(8, v.get("t2.norms.made").intValue());
    assertEquals(137, v.get("t2.norms.valid").intValue());
    assertEquals(171, v.get("t2.license.decisions").intValue());
  }

  @Test
  void missingTable3IsNoTable() {
    TableSink sink = new TableSink();
    assertEquals(-1, Table3Reader.read(new CompactText("没有表格的文字"), sink));
    assertTrue(sink.facts().isEmpty());
  }
}
