package org.disclosurelake.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * Builds report-like documents from fuzzer data: real label fragments, separators and numbers in every spelling,
 * so that mutations reach the table and narrative readers instead of stopping at "not a disclosure report".
 */
final class FuzzDocuments {

  /** Titles that make a document look like a report. */
  private static final List<String> TITLES =
      List.of(
          "某某市人民政府2021年政府信息公开工作年度报告",
          "XX县发展和改革局2019年度政府信息公开工作年度报告",
          "政府信息公开工作年度报告",
          "");

  /** Labels, headings and words of 表二, 表三, 表四 and the prose. */
  private static final List<String> LABELS =
      List.of(
          "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
          "本年新收政府信息公开申请数量", "本年新收", "上年结转政府信息公开申请数量", "上年结转", "本年度办理结果",
          "（一）予以公开", "（二）部分公开", "（三）不予公开", "1．属于国家秘密", "2．其他法律行政法规禁止公开",
          "（四）无法提供", "1．本机关不掌握相关政府信息", "（五）不予处理", "1．信访举报投诉类申请",
          "（六）其他处理", "1．申请人无正当理由逾期不补正", "3．其他", "（七）总计", "四、结转下年度继续办理",
          "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计",
          "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结",
          "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
          "信息内容", "规章", "规范性文件", "行政规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制",
          "行政事业性收费", "政府集中采购", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
          "本年增/减", "处理决定数量", "采购项目数量", "采购总金额", "本年制发件数", "本年废止件数", "现行有效件数",
          "本年处理决定数量", "本年收费金额（单位：万元）", "主动公开政府信息", "条", "件", "共", "万", "元", "万元",
          "年", "2021年", "2019年度", "—", "/", "无", "0");

  private static final List<String> SEPARATORS = List.of(" | ", "|", " ", "\t", "\u3000", "", "\n", "  ");

  private static final List<String> SIGNS = List.of("", "", "-", "减", "－", "+", "增");

  private static final List<String> UNITS = List.of("", "", "万", "元", "万元", "条", "件", "%", ".5", "余");

  private FuzzDocuments() {}

  /** Plain text: a title, then lines of labels, separators and numbers. */
  static String labelledText(FuzzedDataProvider data) {
    StringBuilder out = new StringBuilder(data.pickValue(TITLES)).append('\n');
    int lines = data.consumeInt(0, 120);
    for (int i = 0; i < lines && data.remainingBytes() > 0; i++) {
      appendLine(data, out);
      out.append('\n');
    }
    return out.toString();
  }

  /** An HTML page with tables of random rowspan/colspan (sometimes nested) and paragraphs between them. */
  static String htmlPage(FuzzedDataProvider data) {
    StringBuilder out = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>");
    out.append(data.pickValue(TITLES)).append("</title></head><body>");
    int blocks = data.consumeInt(0, 12);
    for (int i = 0; i < blocks && data.remainingBytes() > 0; i++) {
      if (data.consumeBoolean()) {
        out.append("<p>");
        appendLine(data, out);
        out.append("</p>");
      } else {
        appendTable(data, out, 0);
      }
    }
    return out.append("</body></html>").toString();
  }

  private static void appendTable(FuzzedDataProvider data, StringBuilder out, int depth) {
    out.append("<table>");
    int rows = data.consumeInt(0, 30);
    for (int r = 0; r < rows && data.remainingBytes() > 0; r++) {
      out.append("<tr>");
      int cells = data.consumeInt(0, 12);
      for (int c = 0; c < cells && data.remainingBytes() > 0; c++) {
        out.append("<td").append(span(data, "rowspan")).append(span(data, "colspan")).append('>');
        if (depth < 3 && data.consumeInt(0, 20) == 0) {
          appendTable(data, out, depth + 1);
        } else {
          appendCell(data, out);
        }
        if (data.consumeInt(0, 10) > 0) {
          out.append("</td>");
        }
      }
      out.append("</tr>");
    }
    out.append("</table>");
  }

  private static String span(FuzzedDataProvider data, String name) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> " " + name + "=\"" + data.consumeInt(-3, 40) + "\"";
      case 1 -> " " + name + "=" + data.consumeInt();
      case 2 -> " " + name + "=\"" + data.consumeString(6) + "\"";
      default -> "";
    };
  }

  private static void appendCell(FuzzedDataProvider data, StringBuilder out) {
    switch (data.consumeInt(0, 4)) {
      case 0 -> out.append(number(data));
      case 1 -> out.append(data.pickValue(LABELS));
      case 2 -> out.append("<span>").append(data.pickValue(LABELS)).append("</span><span>").append(number(data))
          .append("</span>");
      case 3 -> out.append("&nbsp;");
      default -> out.append(data.consumeString(12));
    }
  }

  private static void appendLine(FuzzedDataProvider data, StringBuilder out) {
    int tokens = data.consumeInt(1, 16);
    for (int t = 0; t < tokens && data.remainingBytes() > 0; t++) {
      switch (data.consumeInt(0, 5)) {
        case 0, 1 -> out.append(data.pickValue(LABELS));
        case 2, 3 -> out.append(number(data));
        case 4 -> out.append(data.pickValue(SEPARATORS));
        default -> out.append(data.consumeString(8));
      }
      out.append(data.pickValue(SEPARATORS));
    }
  }

  /** A number in one of the spellings reports use: ASCII or full-width digits, a sign, a unit, glued runs. */
  private static String number(FuzzedDataProvider data) {
    String digits =
        switch (data.consumeInt(0, 3)) {
          case 0 -> Integer.toString(data.consumeInt(0, 100));
          case 1 -> Long.toString(data.consumeLong());
          case 2 -> fullWidth(Integer.toString(data.consumeInt(0, 99_999)));
          default -> "9".repeat(data.consumeInt(1, 400));
        };
    return data.pickValue(SIGNS) + digits + data.pickValue(UNITS);
  }

  private static String fullWidth(String ascii) {
    StringBuilder out = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\uFF10' + (c - '0')) : c);
    }
    return out.toString();
  }
}
