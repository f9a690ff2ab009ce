package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 表三 printed as pipe rows apart from their labels, as PDF-to-Markdown converters leave it: one small table per
 * row, number rows under a generic header, row labels on lines of their own above or below their numbers. The
 * table's number rows are taken in document order and matched to the template's rows by position, which is only
 * done when the count of number rows is exactly a template's row count and every number row that carries a label
 * carries the label of the row at its position. Anything less is left to the label-anchored reading.
 */
final class Table3Fragments {

  /** A template row matched to a number row: its key, the label printed with it (or the template's) and cells. */
  record Row(String key, String label, List<String> cells, boolean byPosition) {}

  private static final int COLUMNS = 7;
  private static final int MIN_ANCHORS = 3;
  private static final int MAX_LINES = 600;

  private static final List<String> OUTCOMES_HEAD =
      List.of(
          "new", "carried", "granted", "partial",
          "denied.state_secret", "denied.law_forbidden", "denied.three_safety", "denied.third_party",
          "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.query_item",
          "unable.not_held", "unable.needs_creation", "unable.unclear",
          "not_processed.petition", "not_processed.repeated", "not_processed.publication",
          "not_processed.excessive", "not_processed.confirmation");
  static final List<String> ROWS_2021 = with(OUTCOMES_HEAD, "other.no_correction", "other.unpaid_fee", "other.misc");
  static final List<String> ROWS_2019 = with(OUTCOMES_HEAD, "other");

  private Table3Fragments() {}

  /**
   * The rows of a fragmented 表三 found in {@code lines}, or an empty list when the lines hold no such table or
   * the match is not certain.
   *
   * @param keywords each row key's label keywords
   */
  static List<Row> stitch(List<String> lines, Map<String, List<String>> keywords) {
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (compact(lines.get(i)).contains("本年新收")) {
        start = i;
      }
    }
    if (start < 0) {
      return List.of();
    }
    List<PipeRow> numbers = new ArrayList<>();
    boolean unlabelled = false;
    for (int i = start; i < Math.min(lines.size(), start + MAX_LINES); i++) {
      String line = lines.get(i);
      String c = compact(line);
      if (!line.startsWith("|") && (c.contains("行政复议") || c.contains("行政诉讼"))) {
        break; // 表四 begins
      }
      PipeRow row = PipeRow.parse(line, COLUMNS);
      if (row != null) {
        numbers.add(row);
        unlabelled |= row.label().isEmpty();
      }
    }
    List<String> order =
        numbers.size() == ROWS_2021.size() ? ROWS_2021 : numbers.size() == ROWS_2019.size() ? ROWS_2019 : null;
    if (order == null || !unlabelled) {
      return List.of(); // not a whole table, or one whose every row carries its label: read by label
    }
    int anchors = 0;
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      String key = order.get(i);
      PipeRow n = numbers.get(i);
      List<String> named = n.label().isEmpty() ? List.of() : rowsNamed(n.label(), keywords);
      if (!named.isEmpty() && !named.contains(key)) {
        return List.of(); // a labelled row out of place: the fragments are not in template order
      }
      boolean byPosition = named.isEmpty();
      anchors += byPosition ? 0 : 1;
      out.add(new Row(key, byPosition ? "表三 row " + key : n.label(), n.cells(), byPosition));
    }
    return anchors >= MIN_ANCHORS ? out : List.of();
  }

  private static List<String> rowsNamed(String label, Map<String, List<String>> keywords) {
    String c = compact(label);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : keywords.entrySet()) {
      for (String kw : e.getValue()) {
        if (c.contains(CompactText.unify(kw))) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  /** The text without white space, brackets and stops unified: the form row keywords are matched in. */
  private static String compact(String s) {
    return new CompactText(s).compact();
  }

  private static List<String> with(List<String> head, String... tail) {
    List<String> out = new ArrayList<>(head);
    out.addAll(List.of(tail));
    out.add("processed");
    out.add("forward");
    return List.copyOf(out);
  }

  /** A pipe row of value cells (numbers, zeros, blanks, not-applicable marks), with the text before them. */
  record PipeRow(String label, List<String> cells) {

    /** The row when {@code line} is a pipe row ending in exactly {@code columns} value cells, else null. */
    static PipeRow parse(String line, int columns) {
      String s = line.strip();
      if (!s.startsWith("|")) {
        return null;
      }
      String[] parts = s.split("\\|", -1);
      List<String> cells = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        if (i == parts.length - 1 && parts[i].isBlank()) {
          break; // after the closing pipe
        }
        cells.add(parts[i].strip());
      }
      int lastText = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (!isValue(cells.get(i))) {
          lastText = i;
        }
      }
      StringBuilder label = new StringBuilder();
      for (int i = 0; i <= lastText; i++) {
        label.append(cells.get(i));
      }
      List<String> values = new ArrayList<>(cells.subList(lastText + 1, cells.size()));
      while (values.size() > columns && values.get(values.size() - 1).isEmpty()) {
        values.remove(values.size() - 1);
      }
      while (values.size() > columns && values.get(0).isEmpty()) {
        values.remove(0);
      }
      if (values.size() != columns || values.stream().noneMatch(v -> CellText.parse(v).hasValue())) {
        return null;
      }
      return new PipeRow(label.toString(), List.copyOf(values));
    }

    private static boolean isValue(String cell) {
      CellText t = CellText.parse(cell);
      return t.hasValue() || cell.isEmpty() || CellText.isNotApplicable(cell);
    }
  }
}
