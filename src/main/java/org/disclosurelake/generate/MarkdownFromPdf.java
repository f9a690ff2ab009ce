package org.disclosurelake.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.disclosurelake.generate.Block.Cell;

/**
 * Tables as PDF-to-Markdown converters give them: 表二 as one tiny pipe table per section; 表三's header as broken
 * lines of text and its rows as one small table each, under a generic header ({@code 类别 | 数据1 | … | 数据6 | 总计})
 * or none, row labels often on lines of their own (sometimes wrapped) before a table of bare numbers; 表四 as a bare
 * row of 15 numbers under its two-row header printed as text. Separator rows are compact ({@code |---|---|}). The
 * labels stay in document order, so the document still settles every cell.
 */
final class MarkdownFromPdf {

  private static final String GENERIC = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |";

  private final SplittableRandom r;

  MarkdownFromPdf(long seed) {
    this.r = new SplittableRandom(seed);
  }

  void table(Block.Table t, StringBuilder out) {
    switch (t.kind()) {
      case "t2" -> table2(t, out);
      case "t3" -> table3(t, out);
      default -> table4(t, out);
    }
  }

  private void table2(Block.Table t, StringBuilder out) {
    for (List<Cell> row : t.rows()) {
      boolean values = row.stream().anyMatch(Cell::value);
      if (row.size() == 1 && !values) {
        out.append('\n').append(row.get(0).text()).append('\n');
      } else if (!values) {
        pipeRow(row, out);
        out.append(separator(row.size()));
      } else {
        pipeRow(row, out);
      }
    }
    out.append('\n');
  }

  private void table3(Block.Table t, StringBuilder out) {
    out.append('\n');
    for (List<Cell> row : t.rows().subList(0, 3)) {
      StringBuilder line = new StringBuilder();
      row.forEach(c -> line.append(c.text()));
      wrap(line.toString(), out);
    }
    boolean open = false;
    for (List<Cell> row : t.rows().subList(3, t.rows().size())) {
      List<Cell> labels = row.stream().filter(c -> !c.value()).toList();
      List<Cell> values = row.stream().filter(Cell::value).toList();
      // labels spanning several rows (三、本年度办理结果, （三）不予公开) go on lines of their own
      for (Cell c : labels.subList(0, labels.size() - 1)) {
        wrap(c.text(), out);
        open = false;
      }
      String label = labels.get(labels.size() - 1).text();
      int how = r.nextInt(10);
      if (how < 4) {
        // detached: the label on its own line(s), a table of bare numbers under it
        out.append(open ? "\n" : "");
        wrap(label, out);
        numbers(values, out);
        out.append(separator(values.size()));
        open = false;
      } else {
        if (!open || how < 7) {
          out.append(open ? "\n" : "").append(GENERIC).append('\n').append(separator(8));
        }
        out.append("| ").append(label).append(' ');
        numbers(values, out);
        open = true;
      }
    }
    out.append('\n');
  }

  private void table4(Block.Table t, StringBuilder out) {
    out.append('\n');
    for (List<Cell> row : t.rows().subList(0, 3)) {
      StringBuilder line = new StringBuilder();
      row.forEach(c -> line.append(c.text()));
      out.append(line).append('\n');
    }
    List<Cell> values = t.rows().get(3);
    if (r.nextBoolean()) {
      out.append('|');
      for (int b = 0; b < 3; b++) {
        Labels.T4_RESULTS.forEach(l -> out.append(' ').append(l).append(" |"));
      }
      out.append('\n').append(separator(15));
      numbers(values, out);
    } else {
      numbers(values, out);
      out.append(separator(values.size()));
    }
    out.append('\n');
  }

  private static void pipeRow(List<Cell> row, StringBuilder out) {
    out.append('|');
    row.forEach(c -> out.append(' ').append(c.text()).append(" |"));
    out.append('\n');
  }

  private static void numbers(List<Cell> values, StringBuilder out) {
    out.append('|');
    values.forEach(c -> out.append(' ').append(c.text()).append(" |"));
    out.append('\n');
  }

  private static String separator(int cells) {
    return "|" + "---|".repeat(cells) + "\n";
  }

  /** A label as a converter breaks long lines: sometimes over two lines. */
  private void wrap(String label, StringBuilder out) {
    if (label.length() > 8 && r.nextInt(3) == 0) {
      int cut = 4 + r.nextInt(label.length() - 6);
      out.append(label, 0, cut).append('\n').append(label.substring(cut)).append('\n');
    } else {
      out.append(label).append('\n');
    }
  }
}
