package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Vocabulary;

/**
 * Turns the located 表三 rows into facts. Rows whose glued digits split several ways are narrowed with the table's
 * column arithmetic (new + carried = processed + forward; processed = the sum of the outcomes) against the rows
 * that are settled; cells still undecided get no value and an AMBIGUOUS_SPLIT finding.
 */
final class Table3Cells {

  private static final int COLUMNS = 7;
  // the fact keys of each row (a fixed vocabulary), built once instead of per report and cell
  private static final Map<String, List<String>> KEYS = new ConcurrentHashMap<>();

  private final Map<String, RowRead> reads = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final TableSink sink;
  private final List<String> leaves = new ArrayList<>(); // the outcome rows found: all but the four balance rows

  Table3Cells(List<RowLocator.Located> rows, TableSink sink) {
    this.sink = sink;
    for (RowLocator.Located r : rows) {
      reads.put(r.key(), RowRead.read(r.region(), COLUMNS, RowRule.T3_ROW, true));
      labels.put(r.key(), r.label());
    }
    collectLeaves();
  }

  /** The rows of a table whose cells arrived as separate values (a grid, or fragments matched to the template). */
  static Table3Cells ofCells(List<Table3Fragments.Row> rows, TableSink sink) {
    Table3Cells out = new Table3Cells(List.of(), sink);
    for (Table3Fragments.Row r : rows) {
      out.reads.put(r.key(), RowRead.read(org.disclosurelake.parse.Body.row(r.cells()), COLUMNS, RowRule.T3_ROW, true));
      out.labels.put(r.key(), r.label());
    }
    out.leaves.clear();
    out.collectLeaves();
    return out;
  }

  private void collectLeaves() {
    for (String k : reads.keySet()) {
      if (!List.of("new", "carried", "processed", "forward").contains(k)) {
        leaves.add(k);
      }
    }
  }

  void emit() {
    narrow();
    List<String> undecided = new ArrayList<>();
    for (Map.Entry<String, RowRead> e : reads.entrySet()) {
      String row = e.getKey();
      RowRead read = e.getValue();
      for (String problem : read.problems()) {
        sink.finding(FindingCode.SHAPE, "表三 " + labels.get(row) + ": " + problem, List.of(Vocabulary.t3(row, "total")));
      }
      for (int c = 0; c < COLUMNS; c++) {
        String key = keys(row).get(c);
        CellText cell = read.agreed(c);
        if (cell == null) {
          if (!read.candidates().isEmpty()) {
            undecided.add(key);
          }
          continue;
        }
        sink.cell(key, cell, labels.get(row), Table3Reader.COLUMN_LABELS.get(c));
      }
    }
    if (!undecided.isEmpty()) {
      sink.finding(
          FindingCode.AMBIGUOUS_SPLIT,
          "glued digits split more than one way that satisfies every check; no value given for " + undecided,
          undecided);
    }
  }

  private static List<String> keys(String row) {
    return KEYS.computeIfAbsent(row, r -> Vocabulary.T3_COLUMNS.stream().map(col -> Vocabulary.t3(r, col)).toList());
  }

  /** Drops candidate splits that break a column identity against settled rows, until nothing changes. */
  private void narrow() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, RowRead> e : reads.entrySet()) {
        RowRead read = e.getValue();
        if (read.candidates().size() < 2) {
          continue;
        }
        List<List<CellText>> kept = new ArrayList<>();
        for (List<CellText> cand : read.candidates()) {
          if (consistent(e.getKey(), cand)) {
            kept.add(cand);
          }
        }
        if (!kept.isEmpty() && kept.size() < read.candidates().size()) {
          e.setValue(new RowRead(kept, read.problems()));
          changed = true;
        }
      }
    }
  }

  private boolean consistent(String row, List<CellText> cand) {
    for (int c = 0; c < COLUMNS; c++) {
      if (!balanceHolds(row, cand, c) || !outcomesHold(row, cand, c)) {
        return false;
      }
    }
    return true;
  }

  /** new + carried = processed + forward in column c, if every other term is settled. */
  private boolean balanceHolds(String row, List<CellText> cand, int c) {
    List<String> left = List.of("new", "carried");
    List<String> right = List.of("processed", "forward");
    if (!left.contains(row) && !right.contains(row)) {
      return true;
    }
    BigDecimal l = sum(left, row, cand, c);
    BigDecimal r = sum(right, row, cand, c);
    return l == null || r == null || l.compareTo(r) == 0;
  }

  /** processed = the sum of the leaf outcome rows in column c, if every term is settled. */
  private boolean outcomesHold(String row, List<CellText> cand, int c) {
    if (!row.equals("processed") && !leaves.contains(row)) {
      return true;
    }
    BigDecimal total = sum(List.of("processed"), row, cand, c);
    BigDecimal parts = sum(leaves, row, cand, c);
    return total == null || parts == null || total.compareTo(parts) == 0;
  }

  /** The sum of the rows' values in column c (the candidate standing in for its row), or null if any is unknown. */
  private BigDecimal sum(List<String> rows, String row, List<CellText> cand, int c) {
    BigDecimal s = BigDecimal.ZERO;
    for (String r : rows) {
      CellText cell = r.equals(row) ? cand.get(c) : settled(r, c);
      if (cell == null || !cell.hasValue()) {
        return null;
      }
      s = s.add(cell.value());
    }
    return s;
  }

  private CellText settled(String row, int c) {
    RowRead read = reads.get(row);
    return read == null ? null : read.agreed(c);
  }
}
