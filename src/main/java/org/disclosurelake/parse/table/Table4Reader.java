package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Vocabulary;

/**
 * Reads 表四 (administrative review and litigation): the 15 cells that follow the header's third 总计, split and
 * checked block by block (upheld + corrected + other + pending = total).
 */
public final class Table4Reader {

  private static final List<String> BLOCK_LABELS = List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉");
  private static final List<String> COLUMN_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
  private static final int CELLS = 15;
  private static final int HEADER_SPAN = 600;
  // headings of the sections that follow 表四 in both templates
  private static final List<String> NEXT_SECTIONS = List.of("存在的主要问题", "主要问题及改进", "其他需要报告");
  // the fact key of each of the 15 cells, block by block
  private static final List<String> KEYS = cellKeys();

  private Table4Reader() {}

  /** Reads 表四 found at or after compact position {@code from}; returns false when there is none. */
  public static boolean read(CompactText t, int from, TableSink sink) {
    int anchor = t.indexOf("行政复议", Math.max(0, from), t.length());
    if (anchor < 0) {
      // 行政复议 misprinted (行政法复议) in the heading and the header: the table's other block names it
      anchor = t.indexOf("行政诉讼", Math.max(0, from), t.length());
    }
    if (anchor < 0) {
      return false;
    }
    int maintained = t.indexOf("结果维持", anchor, Math.min(t.length(), anchor + HEADER_SPAN));
    if (maintained < 0) {
      return bareRow(t, anchor, sink);
    }
    int p = maintained;
    for (int i = 0; i < 3; i++) {
      int total = t.indexOf("总计", p, Math.min(t.length(), maintained + HEADER_SPAN));
      if (total < 0) {
        sink.finding(FindingCode.SHAPE, "表四 header has fewer than three 总计 columns", List.of());
        return false;
      }
      p = total + 2;
    }
    String region = t.originalBetween(p, sectionEnd(t, p, Math.min(t.length(), p + 2000)));
    emit(RowRead.read(region, CELLS, RowRule.T4_ROW, false), sink);
    return true;
  }

  /**
   * Where the table's section ends: at the next section's heading (五、存在的主要问题…, 六、其他需要报告的事项), so that
   * a table printed without its data row is not read from the figures of the prose after it.
   */
  private static int sectionEnd(CompactText t, int from, int limit) {
    int end = limit;
    for (String next : NEXT_SECTIONS) {
      int at = t.indexOf(next, from, end);
      if (at >= 0) {
        end = at;
      }
    }
    return end;
  }

  /**
   * 表四 whose header words are broken apart (a converter printed 结果 and 维持 on different lines, so no "结果维持"
   * is left to anchor on): its data row is the first pipe row after the 行政复议 heading with exactly 15 value
   * cells, which no other row of the section has.
   */
  private static boolean bareRow(CompactText t, int anchor, TableSink sink) {
    String section = t.originalBetween(anchor, Math.min(t.length(), anchor + HEADER_SPAN + 2000));
    for (String line : section.split("\n")) {
      Table3Fragments.PipeRow row = Table3Fragments.PipeRow.parse(line, CELLS);
      if (row != null && row.label().isEmpty()) {
        emit(RowRead.read(org.disclosurelake.parse.Body.row(row.cells()), CELLS, RowRule.T4_ROW, false), sink);
        return true;
      }
    }
    return false;
  }

  private static void emit(RowRead read, TableSink sink) {
    for (String problem : read.problems()) {
      sink.finding(FindingCode.SHAPE, "表四: " + problem, List.of());
    }
    List<String> undecided = new ArrayList<>();
    for (int i = 0; i < CELLS; i++) {
      String key = KEYS.get(i);
      CellText cell = read.agreed(i);
      if (cell == null) {
        if (!read.candidates().isEmpty()) {
          undecided.add(key);
        }
        continue;
      }
      sink.cell(key, cell, BLOCK_LABELS.get(i / 5), COLUMN_LABELS.get(i % 5));
    }
    if (!undecided.isEmpty()) {
      sink.finding(
          FindingCode.AMBIGUOUS_SPLIT,
          "表四 glued digits split more than one way that satisfies every check; no value given for " + undecided,
          undecided);
    }
  }

  private static List<String> cellKeys() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < CELLS; i++) {
      keys.add(Vocabulary.t4(Vocabulary.T4_BLOCKS.get(i / 5), Vocabulary.T4_COLUMNS.get(i % 5)));
    }
    return List.copyOf(keys);
  }
}
