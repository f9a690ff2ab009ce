package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/**
 * Reads 表二 (proactive disclosure under Art. 20): items located by label, columns as the template defines them,
 * amounts converted to the vocabulary's units (采购总金额 to 元, 收费金额 to 万元).
 */
public final class Table2Reader {

  /** One item: its keywords and, per template, its columns with their printed labels. */
  private record Item(String key, List<String> keywords) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item("rules", List.of("规章")),
          new Item("norms", List.of("规范性文件", "行政规范文件")), // also printed without 性
          new Item("license", List.of("行政许可")),
          new Item("other_services", List.of("对外管理服务事项")),
          new Item("penalty", List.of("行政处罚")),
          new Item("coercion", List.of("行政强制")),
          new Item("fees", List.of("事业性收费")),
          new Item("procurement", List.of("集中采购")));

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("made", "本年新制作数量");
    LABELS.put("published", "本年新公开数量");
    LABELS.put("public_total", "对外公开总数量");
    LABELS.put("prev_items", "上一年项目数量");
    LABELS.put("change", "本年增/减");
    LABELS.put("decisions", "处理决定数量");
    LABELS.put("items", "采购项目数量");
    LABELS.put("amount_yuan", "采购总金额");
    LABELS.put("repealed", "本年废止件数");
    LABELS.put("valid", "现行有效件数");
    LABELS.put("amount_wan", "本年收费金额（单位：万元）");
  }

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private Table2Reader() {}

  /** Reads 表二, which starts at its first 第二十条 heading and ends before compact position {@code to}. */
  public static boolean read(CompactText t, int to, Template template, TableSink sink) {
    return read(t, to, template, Map.of(), sink);
  }

  /**
   * Reads 表二 as {@link #read(CompactText, int, Template, TableSink)}; where glued digits split several ways, a
   * figure the prose states for one of the row's cells ({@code stated}, by fact key) keeps the readings that agree
   * with it, and the 2021 rule 现行有效件数 ≥ 本年制发件数 − 本年废止件数 drops the readings that break it.
   */
  public static boolean read(
      CompactText t, int to, Template template, Map<String, BigDecimal> stated, TableSink sink) {
    int start = t.indexOf("第二十条", 0, to);
    if (start < 0) {
      start = t.indexOf("信息内容", 0, to);
    }
    if (start < 0 || template == Template.PRE2019 || template == Template.UNKNOWN) {
      return false;
    }
    // items in the order the document prints them: converters move rows ("行政许可 97" above the 规章 table)
    List<Item> printed = new ArrayList<>();
    Map<Item, Integer> position = new java.util.HashMap<>();
    for (Item item : ITEMS) {
      if (columns(item.key(), template).isEmpty()) {
        continue;
      }
      int at = -1;
      for (String kw : item.keywords()) {
        int i = t.indexOf(kw, start, to);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
      if (at >= 0) {
        printed.add(item);
        position.put(item, at);
      }
    }
    printed.sort(java.util.Comparator.comparingInt(position::get));
    RowLocator loc = new RowLocator(t, start, to);
    for (Item item : printed) {
      loc.find(item.key(), item.keywords());
    }
    for (RowLocator.Located row : loc.rows(start)) {
      List<String> cols = columns(row.key(), template);
      RowRead read = RowRead.read(row.region(), cols.size(), RowRule.NONE, false);
      if (read.candidates().size() > 1) {
        read = narrow(row, cols, read, stated, sink);
      }
      emit(row, cols, read, sink);
    }
    return true;
  }

  /** Drops readings of a glued row that break the valid-documents rule or disagree with a figure the prose states. */
  private static RowRead narrow(
      RowLocator.Located row, List<String> cols, RowRead read, Map<String, BigDecimal> stated, TableSink sink) {
    List<List<CellText>> kept = new ArrayList<>(read.candidates());
    int made = cols.indexOf("made");
    int repealed = cols.indexOf("repealed");
    int valid = cols.indexOf("valid");
    if (made >= 0 && repealed >= 0 && valid >= 0) {
      List<List<CellText>> lawful = new ArrayList<>(kept);
      lawful.removeIf(c -> c.get(made).hasValue() && c.get(repealed).hasValue() && c.get(valid).hasValue()
          && c.get(valid).value().compareTo(c.get(made).value().subtract(c.get(repealed).value())) < 0);
      if (!lawful.isEmpty()) {
        kept = lawful;
      }
    }
    for (int c = 0; c < cols.size() && kept.size() > 1; c++) {
      String key = Vocabulary.t2(row.key(), cols.get(c));
      BigDecimal told = stated.get(key);
      if (told == null) {
        continue;
      }
      int col = c;
      List<List<CellText>> agreeing = new ArrayList<>(kept);
      agreeing.removeIf(r -> !r.get(col).hasValue() || r.get(col).value().compareTo(told) != 0);
      if (!agreeing.isEmpty() && agreeing.size() < kept.size()) {
        kept = agreeing;
        sink.finding(
            FindingCode.FROM_TEXT,
            "表二 " + row.label() + ": glued digits split several ways; the prose figure " + told.toPlainString()
                + " for " + key + " keeps the readings that agree with it",
            List.of(key));
      }
    }
    return new RowRead(kept, read.problems());
  }

  private static void emit(RowLocator.Located row, List<String> cols, RowRead read, TableSink sink) {
    for (String problem : read.problems()) {
      sink.finding(FindingCode.SHAPE, "表二 " + row.label() + ": " + problem, List.of());
    }
    List<String> undecided = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      String key = Vocabulary.t2(row.key(), cols.get(c));
      CellText cell = read.agreed(c);
      if (cell == null) {
        if (!read.candidates().isEmpty()) {
          undecided.add(key);
        }
        continue;
      }
      sink.cell(key, cell, row.label(), LABELS.get(cols.get(c)), factor(cols.get(c), cell, key, sink));
    }
    if (!undecided.isEmpty()) {
      sink.finding(
          FindingCode.AMBIGUOUS_SPLIT,
          "表二 " + row.label() + ": glued digits split more than one way and no check decides; no value given for "
              + undecided,
          undecided);
    }
  }

  /** Converts amounts to the vocabulary's unit; records the unit assumed when the cell prints none. */
  private static BigDecimal factor(String column, CellText cell, String key, TableSink sink) {
    if (!cell.hasValue()) {
      return null;
    }
    if (column.equals("amount_yuan")) {
      if (cell.unit().equals("万")) {
        return TEN_THOUSAND;
      }
      if (cell.unit().isEmpty() && cell.value().signum() != 0) {
        sink.finding(FindingCode.UNIT, key + " " + cell.raw() + " prints no unit; read as 元", List.of(key));
      }
    }
    if (column.equals("amount_wan") && cell.unit().equals("元")) {
      return BigDecimal.ONE.divide(TEN_THOUSAND);
    }
    return null;
  }

  /** The columns an item has in a template, in printed order (none when the template lacks the item). */
  static List<String> columns(String item, Template template) {
    boolean t2021 = template == Template.T2021;
    switch (item) {
      case "rules":
      case "norms":
        return t2021 ? List.of("made", "repealed", "valid") : List.of("made", "published", "public_total");
      case "license":
      case "penalty":
      case "coercion":
        return t2021 ? List.of("decisions") : List.of("prev_items", "change", "decisions");
      case "other_services":
        return t2021 ? List.of() : List.of("prev_items", "change", "decisions");
      case "fees":
        return t2021 ? List.of("amount_wan") : List.of("prev_items", "change");
      case "procurement":
        return t2021 ? List.of() : List.of("items", "amount_yuan");
      default:
        throw new IllegalArgumentException("Cannot give columns of unknown 表二 item: " + item);
    }
  }
}
