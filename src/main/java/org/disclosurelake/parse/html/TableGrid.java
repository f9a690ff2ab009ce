package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.parse.Limits;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays a data table's cells out on a grid of at most {@link Limits.Html#maxCols} columns, resolving rowspan and colspan
 * as a browser does, and returns per row the text of the cells whose origin is in that row: a cell covered by a
 * rowspan from above is omitted, a colspan cell appears once. Malformed spans (zero, negative, huge, beyond the
 * table) are clamped.
 */
final class TableGrid {

  private TableGrid() {}

  /** The table's own rows (not those of nested tables), at most {@link Limits.Html#maxRows}. */
  static List<Element> rows(Element table, Budget budget) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (Tags.isRow(child)) {
        addRow(rows, child, budget);
      } else if (Tags.isRowGroup(child)) {
        for (Element row : child.children()) {
          if (Tags.isRow(row)) {
            addRow(rows, row, budget);
          }
        }
      }
    }
    return rows;
  }

  /** The cells of each row whose origin is in that row, as joined text. */
  static List<List<String>> cells(List<Element> rows, Budget budget) {
    int n = rows.size();
    int maxCols = budget.limits().maxCols();
    int[] covered = new int[maxCols]; // rows below the current one still covered, per column
    boolean[] occupied = new boolean[maxCols];
    int width = 0;
    List<List<String>> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < width; c++) {
        occupied[c] = covered[c] > 0;
        if (covered[c] > 0) {
          covered[c]--;
        }
      }
      List<String> line = new ArrayList<>();
      int col = 0;
      for (Element cell : rows.get(r).children()) {
        if (!Tags.isCell(cell)) {
          continue;
        }
        if (line.size() >= maxCols) {
          budget.exceed("cols", "table row with more than " + maxCols + " cells: cells beyond dropped");
          break;
        }
        while (col < width && occupied[col]) {
          col++;
        }
        line.add(text(cell, budget));
        // a cell pushed off the grid by absurd spans is still read; only its position is not tracked
        int end = (int) Math.min(maxCols, (long) col + span(cell.attr("colspan"), 1, budget));
        int rowspan = Math.max(1, Math.min(span(cell.attr("rowspan"), n - r, budget), n - r));
        for (int c = col; c < end; c++) {
          covered[c] = Math.max(covered[c], rowspan - 1);
          occupied[c] = true;
        }
        col = Math.max(end, col + 1);
        width = Math.max(width, Math.min(col, maxCols));
      }
      out.add(line);
    }
    return out;
  }

  /** The text of a cell: all descendant text, whitespace dropped except between Latin letters. */
  static String text(Element cell, Budget budget) {
    TextJoin join = TextJoin.forCell(budget.limits().maxCellChars());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              join.append(t.getWholeText());
            } else if (node instanceof Element e && node != cell) {
              if (Tags.isSilent(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (Tags.isBreak(e) || Tags.isBlock(e)) {
                join.boundary();
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && Tags.isBlock(e)) {
              join.boundary();
            }
            return FilterResult.CONTINUE;
          }
        },
        cell);
    if (join.truncated()) {
      budget.exceed("cell", "table cell longer than " + budget.limits().maxCellChars() + " characters: rest dropped");
    }
    return join.take();
  }

  /**
   * A span attribute as a browser reads it: leading digits, else the default; 0 (and absurd values) clamp to the
   * limit, which the caller narrows further.
   */
  static int span(String value, int zeroMeans, Budget budget) {
    int maxSpan = budget.limits().maxSpan();
    String v = value.strip();
    long n = 0;
    int i = 0;
    while (i < v.length() && i < 9 && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      n = n * 10 + (v.charAt(i) - '0');
      i++;
    }
    if (i == 0) {
      return 1;
    }
    if (n == 0) {
      return Math.max(1, Math.min(zeroMeans, maxSpan));
    }
    return (int) Math.min(n, maxSpan);
  }

  private static void addRow(List<Element> rows, Element row, Budget budget) {
    if (rows.size() < budget.limits().maxRows()) {
      rows.add(row);
    } else {
      budget.exceed("rows", "table longer than " + budget.limits().maxRows() + " rows: rows beyond dropped");
    }
  }
}
