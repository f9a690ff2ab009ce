package org.disclosurelake.parse.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snaps an OCR reading of a table label to the template's label it nearly spells ("（一）耶以公居" → "（一）予以公开",
 * "1 .属于国家秘密" → "1.属于国家秘密"), so the usual label rules match scanned tables. Only close readings of labels
 * the 2019 and 2021 templates print are snapped; anything else is left as read.
 */
final class TemplateLabels {

  /** The printed labels of 表二, 表三 and 表四 (both templates), as the official templates spell them. */
  private static final List<String> LABELS =
      List.of(
          // 表二
          "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "行政规范性文件", "规范性文件",
          "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
          "本年处理决定数量", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费",
          "本年收费金额（单位：万元）", "采购项目数量", "采购总金额", "政府集中采购",
          // 表三
          "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
          "总计", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
          "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
          "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
          "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
          "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理",
          "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
          "四、结转下年度继续办理",
          // 表四
          "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结");

  /** A row label's bracketed enumerator as OCR reads it: "（七）", "(七)", "《七》", "(七》". */
  private static final Pattern ENUMERATOR = Pattern.compile("[（(《]\\s*([一二三四五六七八九十])\\s*[）)》]");

  private TemplateLabels() {}

  /** Whether the text is one of the template's labels. */
  static boolean isLabel(String text) {
    return LABELS.contains(text);
  }

  /** The template label the reading nearly spells, else the reading itself. */
  static String snap(String reading) {
    String r = squeeze(reading);
    if (r.isEmpty()) {
      return reading;
    }
    String best = null;
    double bestScore = Double.MAX_VALUE;
    for (String label : LABELS) {
      String l = squeeze(label);
      if (Math.abs(l.length() - r.length()) > Math.max(2, l.length() / 3)) {
        continue;
      }
      double score = (double) distance(r, l) / l.length();
      if (score < bestScore) {
        bestScore = score;
        best = label;
      }
    }
    // short labels must match nearly exactly: one wrong character in four, or in two ("总林"), and no more
    int length = best == null ? 0 : squeeze(best).length();
    double limit = length <= 2 ? 0.5 : length <= 4 ? 0.26 : 0.34;
    if (best != null && bestScore <= limit) {
      return best;
    }
    // a row label whose enumerator was read and its words not ("(七)》旗如" for "（七）总计"): the one label with that
    // enumerator, when the rest of the reading is as long as its words
    Matcher m = ENUMERATOR.matcher(reading.strip());
    if (m.lookingAt()) {
      String rest = squeeze(reading.strip().substring(m.end()));
      List<String> numbered = LABELS.stream().filter(l -> l.startsWith("（" + m.group(1) + "）")).toList();
      if (numbered.size() == 1 && !rest.isEmpty()
          && Math.abs(squeeze(numbered.get(0)).length() - 1 - rest.length()) <= 1) {
        return numbered.get(0);
      }
    }
    // a short label with a speck read beside it ("站、总讨" for "总计"): the one label a stretch of the reading spells
    List<String> within = LABELS.stream().filter(l -> nearlyWithin(r, squeeze(l))).toList();
    if (within.size() == 1) {
      return within.get(0);
    }
    // a wrapped header cell read in part ("维持" of "结果维持"): the one label that contains the reading
    List<String> containing = LABELS.stream()
        .filter(l -> r.length() >= 2 && squeeze(l).contains(r) && squeeze(l).length() <= r.length() + 2).toList();
    return containing.size() == 1 ? containing.get(0) : reading;
  }

  /** Whether a stretch of {@code r} spells the short label {@code l} with at most one character wrong. */
  private static boolean nearlyWithin(String r, String l) {
    if (l.length() < 2 || l.length() > 4 || r.length() <= l.length() || r.length() > l.length() + 2) {
      return false;
    }
    for (int i = 0; i + l.length() <= r.length(); i++) {
      if (distance(r.substring(i, i + l.length()), l) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** The characters that matter for matching: Chinese and digits; brackets, dots and spaces vary with the reading. */
  private static String squeeze(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(c -> Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
