package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.disclosurelake.generate.Block.Cell;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/** Lays out 表二, 表三 and 表四 of one report as Word exports them: label cells with rowspan and colspan. */
final class Tables {

  private final Figures f;
  private final UnaryOperator<String> label;
  private final Typos typos;
  private final GluedTruth.Outcome glue;

  /** @param halfWidth whether labels print half-width brackets, as many text extractions do */
  Tables(Figures f, boolean halfWidth) {
    this(f, halfWidth, Typos.NONE, null);
  }

  /**
   * @param typos the typos the labels carry
   * @param glue for glued text not steered away from ambiguity: the rows that keep spaces; null to space every row
   *     whose glued digits would split more than one way
   */
  Tables(Figures f, boolean halfWidth, Typos typos, GluedTruth.Outcome glue) {
    this.f = f;
    this.label = halfWidth ? Labels::halfWidth : s -> s;
    this.typos = typos;
    this.glue = glue;
  }

  Block.Table table2() {
    List<List<Cell>> rows = new ArrayList<>();
    boolean t2021 = f.table2() == Template.T2021;
    section(rows, "第二十条第（一）项");
    header(rows, t2021 ? List.of("本年制发件数", "本年废止件数", "现行有效件数") : List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"));
    List<String> docCols = t2021 ? List.of("made", "repealed", "valid") : List.of("made", "published", "public_total");
    item(rows, "规章", "rules", docCols);
    item(rows, t2021 ? "行政规范性文件" : "规范性文件", "norms", docCols);
    if (t2021) {
      section(rows, "第二十条第（五）项");
      header(rows, List.of("本年处理决定数量"));
      item(rows, "行政许可", "license", List.of("decisions"));
      section(rows, "第二十条第（六）项");
      header(rows, List.of("本年处理决定数量"));
      item(rows, "行政处罚", "penalty", List.of("decisions"));
      item(rows, "行政强制", "coercion", List.of("decisions"));
      section(rows, "第二十条第（八）项");
      header(rows, List.of("本年收费金额（单位：万元）"));
      item(rows, "行政事业性收费", "fees", List.of("amount_wan"));
    } else {
      List<String> itemCols = List.of("prev_items", "change", "decisions");
      section(rows, "第二十条第（五）项");
      header(rows, List.of("上一年项目数量", "本年增/减", "处理决定数量"));
      item(rows, "行政许可", "license", itemCols);
      item(rows, "其他对外管理服务事项", "other_services", itemCols);
      section(rows, "第二十条第（六）项");
      header(rows, List.of("上一年项目数量", "本年增/减", "处理决定数量"));
      item(rows, "行政处罚", "penalty", itemCols);
      item(rows, "行政强制", "coercion", itemCols);
      section(rows, "第二十条第（八）项");
      header(rows, List.of("上一年项目数量", "本年增/减"));
      item(rows, "行政事业性收费", "fees", List.of("prev_items", "change"));
      section(rows, "第二十条第（九）项");
      header(rows, List.of("采购项目数量", "采购总金额"));
      item(rows, "政府集中采购", "procurement", List.of("items", "amount_yuan"));
    }
    return table("t2", rows, List.of());
  }

  private void section(List<List<Cell>> rows, String text) {
    rows.add(List.of(Cell.label(label.apply(text), 1, 4)));
  }

  private void header(List<List<Cell>> rows, List<String> cols) {
    List<Cell> row = new ArrayList<>(List.of(Cell.label("信息内容")));
    for (int i = 0; i < cols.size(); i++) {
      row.add(Cell.label(label.apply(cols.get(i)), 1, i == cols.size() - 1 ? 4 - cols.size() : 1));
    }
    rows.add(row);
  }

  private void item(List<List<Cell>> rows, String name, String key, List<String> cols) {
    List<Cell> row = new ArrayList<>(List.of(Cell.label(name)));
    for (int i = 0; i < cols.size(); i++) {
      String k = Vocabulary.t2(key, cols.get(i));
      row.add(Cell.value(f.text(k), i == cols.size() - 1 ? 4 - cols.size() : 1, k));
    }
    rows.add(row);
  }

  Block.Table table3() {
    boolean t2021 = f.template() == Template.T2021;
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.label(label.apply(Labels.T3_CORNER), 3, 3), Cell.label("申请人情况", 1, 7)));
    rows.add(List.of(Cell.label("自然人", 2, 1), Cell.label("法人或其他组织", 1, 5), Cell.label("总计", 2, 1)));
    rows.add(Labels.APPLICANTS.stream().map(Cell::label).toList());
    rows.add(row(List.of(Cell.label(Labels.NEW, 1, 3)), "new"));
    rows.add(row(List.of(Cell.label(Labels.CARRIED, 1, 3)), "carried"));
    rows.add(row(List.of(Cell.label(Labels.RESULTS, t2021 ? 22 : 20, 1), Cell.label(label.apply(Labels.GRANTED), 1, 2)), "granted"));
    rows.add(row(List.of(Cell.label(label.apply(Labels.PARTIAL), 1, 2)), "partial"));
    group(rows, Labels.DENIED, Labels.DENIED_ROWS, Vocabulary.T3_OUTCOMES_2019.subList(2, 10));
    group(rows, Labels.UNABLE, Labels.UNABLE_ROWS, Vocabulary.T3_OUTCOMES_2019.subList(10, 13));
    group(rows, Labels.NOT_PROCESSED, Labels.NOT_PROCESSED_ROWS, Vocabulary.T3_OUTCOMES_2019.subList(13, 18));
    if (t2021) {
      group(rows, Labels.OTHER, Labels.OTHER_ROWS_2021, List.of("other.no_correction", "other.unpaid_fee", "other.misc"));
    } else {
      rows.add(row(List.of(Cell.label(label.apply(Labels.OTHER), 1, 2)), "other"));
    }
    rows.add(row(List.of(Cell.label(label.apply(Labels.TOTAL), 1, 2)), "processed"));
    rows.add(row(List.of(Cell.label(Labels.FORWARD, 1, 3)), "forward"));
    return table("t3", rows, GlueCheck.T3_RULE);
  }

  private void group(List<List<Cell>> rows, String head, List<String> labels, List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      List<Cell> lead = new ArrayList<>();
      if (i == 0) {
        lead.add(Cell.label(label.apply(head), keys.size(), 1));
      }
      lead.add(Cell.label(labels.get(i)));
      rows.add(row(lead, keys.get(i)));
    }
  }

  private List<Cell> row(List<Cell> lead, String key) {
    List<Cell> row = new ArrayList<>(lead);
    for (String col : Vocabulary.T3_COLUMNS) {
      String k = Vocabulary.t3(key, col);
      row.add(Cell.value(f.text(k), k));
    }
    return row;
  }

  Block.Table table4() {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.label("行政复议", 1, 5), Cell.label("行政诉讼", 1, 10)));
    List<Cell> second = new ArrayList<>();
    Labels.T4_RESULTS.forEach(l -> second.add(Cell.label(l, 2, 1)));
    second.add(Cell.label("未经复议直接起诉", 1, 5));
    second.add(Cell.label("复议后起诉", 1, 5));
    rows.add(second);
    List<Cell> third = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      Labels.T4_RESULTS.forEach(l -> third.add(Cell.label(l)));
    }
    rows.add(third);
    List<Cell> values = new ArrayList<>();
    for (String block : Vocabulary.T4_BLOCKS) {
      for (String col : Vocabulary.T4_COLUMNS) {
        String k = Vocabulary.t4(block, col);
        values.add(Cell.value(f.text(k), k));
      }
    }
    rows.add(values);
    return table("t4", rows, GlueCheck.T4_RULE);
  }

  private Block.Table table(String kind, List<List<Cell>> rows, List<int[]> rule) {
    List<List<Cell>> typed = rows.stream()
        .map(row -> row.stream().map(c -> c.value() ? c : c.withText(typos.apply(c.text()))).toList())
        .toList();
    return new Block.Table(kind, typed, spaced(rows, rule));
  }

  /**
   * Rows that keep spaces in glued text: with {@code glue}, the rows it names; without, every row whose glued values
   * would split more than one way (or hold blanks).
   */
  private Set<Integer> spaced(List<List<Cell>> rows, List<int[]> rule) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      List<Cell> cells = rows.get(i).stream().filter(Cell::value).toList();
      if (cells.isEmpty()) {
        continue;
      }
      List<String> values = cells.stream().map(Cell::text).toList();
      boolean spaced = glue == null
          ? values.stream().anyMatch(String::isEmpty) || !GlueCheck.unique(values, rule)
          : cells.stream().anyMatch(c -> glue.spaced().contains(c.key()));
      if (spaced) {
        out.add(i);
      }
    }
    return out;
  }
}
