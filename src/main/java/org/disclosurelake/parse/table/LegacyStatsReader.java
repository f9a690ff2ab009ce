package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.FindingCode;

/**
 * Reads the old 统计表 that pre-2019 reports append ("指标名称 | 计量单位 | 2018年度 | 历年累计"): the annual column of
 * each row mapped onto the vocabulary. Glued "206912106" is split into annual and cumulative with cumulative ≥
 * annual; when that leaves more than one split, the figure the report's own prose states for the same key
 * decides, else no value is given.
 */
public final class LegacyStatsReader {

  // row keywords (the data matched in documents) → fact key
  private static final Map<String, List<String>> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put("proactive.total", List.of("主动公开文件数", "主动公开信息数", "主动公开政府信息数"));
    ROWS.put("proactive.website", List.of("政府网站公开数", "网站公开数"));
    ROWS.put("proactive.gazette", List.of("政府公报公开数", "公报公开数"));
    ROWS.put("t3.new.total", List.of("依申请公开信息总数", "申请总数"));
    ROWS.put("t3.processed.total", List.of("答复总数"));
    ROWS.put("t3.granted.total", List.of("同意公开答复数"));
    ROWS.put("t3.partial.total", List.of("部分公开答复数"));
    ROWS.put("t3.denied.total", List.of("不予公开答复数", "不同意公开答复数", "否决公开答复"));
    ROWS.put("t3.other.total", List.of("其他类型答复数", "其他答复数"));
    ROWS.put("t4.review.total", List.of("行政复议数"));
    ROWS.put("t4.suit.total", List.of("行政诉讼数"));
  }

  // "其中" rows: each figure is part of its parent row's, in both columns
  private static final Map<String, String> PARENTS =
      Map.of(
          "proactive.website", "proactive.total",
          "proactive.gazette", "proactive.total",
          "t3.granted.total", "t3.processed.total",
          "t3.partial.total", "t3.processed.total",
          "t3.denied.total", "t3.processed.total",
          "t3.other.total", "t3.processed.total");

  // the header's first column: 指标名称, 统计指标, 指标
  private static final String HEADER = "指标";

  private LegacyStatsReader() {}

  /**
   * Reads the table if the text has one.
   *
   * @param stated figures the prose states, used only to choose among splits that the arithmetic leaves open
   */
  public static boolean read(CompactText t, Map<String, BigDecimal> stated, TableSink sink) {
    int anchor = anchor(t);
    if (anchor < 0) {
      return false;
    }
    int end = Math.min(t.length(), anchor + 4000);
    boolean cumulative = t.indexOf("累计", anchor, Math.min(end, anchor + 120)) >= 0;
    RowLocator loc = new RowLocator(t, anchor, end);
    for (Map.Entry<String, List<String>> row : ROWS.entrySet()) {
      loc.find(row.getKey(), row.getValue());
    }
    int cells = cumulative ? 2 : 1;
    Map<String, List<CellText>> settled = new LinkedHashMap<>();
    for (RowLocator.Located row : loc.rows(anchor)) {
      RowRead read = RowRead.read(row.region(), cells, RowRule.NONE, false);
      List<CellText> parent = PARENTS.containsKey(row.key()) ? settled.get(PARENTS.get(row.key())) : null;
      List<List<CellText>> kept = new ArrayList<>(read.candidates());
      // the figure the prose states for the row decides first, among the readings whose annual figure fits within
      // its parent's; then a 其中 row stays within its parent in both columns, where a reading does (a table's
      // 历年累计 column sometimes disagrees with itself); then 历年累计 ≥ 本年度, where a reading meets it
      if (kept.size() > 1 && stated.containsKey(row.key())) {
        BigDecimal said = stated.get(row.key());
        List<List<CellText>> told = new ArrayList<>(kept);
        told.removeIf(c -> !c.get(0).hasValue() || c.get(0).value().compareTo(said) != 0
            || !withinParent(c.subList(0, 1), parent == null ? null : parent.subList(0, 1)));
        if (!told.isEmpty()) {
          kept = told;
        }
      }
      List<List<CellText>> within = new ArrayList<>(kept);
      within.removeIf(c -> !withinParent(c, parent));
      if (!within.isEmpty()) {
        kept = within;
      }
      if (cumulative && kept.size() > 0) {
        List<List<CellText>> ordered = new ArrayList<>(kept);
        ordered.removeIf(c -> !notBelowAnnual(c));
        if (!ordered.isEmpty()) {
          kept = ordered;
        } else if (kept.size() == 1) {
          sink.finding(
              FindingCode.CUMULATIVE,
              "统计表 " + row.label() + ": 历年累计 " + kept.get(0).get(1).raw() + " is below the annual figure "
                  + kept.get(0).get(0).raw() + ", as printed",
              List.of(row.key()));
        }
      }
      if (kept.size() == 1) {
        settled.put(row.key(), kept.get(0));
      }
      CellText annual = kept.isEmpty() ? null : new RowRead(kept, List.of()).agreed(0);
      if (annual == null) {
        sink.finding(
            FindingCode.AMBIGUOUS_SPLIT,
            "统计表 " + row.label() + ": the annual figure cannot be told from the cumulative one in "
                + abbreviate(row.region().strip()),
            List.of(row.key()));
        continue;
      }
      sink.cell(row.key(), annual, row.label(), cumulative ? "本年度" : "");
    }
    return true;
  }

  /**
   * Where the table starts: a 统计表 heading followed by its header (指标名称, 统计指标 or 指标), else the header itself when
   * a unit column follows it (reports title the table 统计数据, 附表 or nothing at all).
   */
  private static int anchor(CompactText t) {
    int anchor = t.indexOf("统计表", 0, t.length());
    while (anchor >= 0 && t.indexOf(HEADER, anchor, Math.min(t.length(), anchor + 80)) < 0) {
      anchor = t.indexOf("统计表", anchor + 3, t.length());
    }
    if (anchor >= 0) {
      return anchor;
    }
    int header = t.indexOf(HEADER, 0, t.length());
    while (header >= 0 && t.indexOf("单位", header, Math.min(t.length(), header + 12)) < 0) {
      header = t.indexOf(HEADER, header + HEADER.length(), t.length());
    }
    return header;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  private static boolean withinParent(List<CellText> c, List<CellText> parent) {
    if (parent == null) {
      return true;
    }
    for (int i = 0; i < c.size(); i++) {
      CellText a = c.get(i);
      CellText p = parent.get(i);
      if (a.hasValue() && p.hasValue() && a.value().compareTo(p.value()) > 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean notBelowAnnual(List<CellText> c) {
    CellText a = c.get(0);
    CellText b = c.get(1);
    return !a.hasValue() || !b.hasValue() || b.value().compareTo(a.value()) >= 0;
  }
}
