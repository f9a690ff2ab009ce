package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.generate.Block.Cell;

/**
 * A table laid out on a grid as a Word export prints it: every cell ruled on all four sides, spanned cells merged,
 * labels wrapped within their cell, figures centred (in a smaller size when a figure does not fit its column). A
 * table can be drawn in parts, rows {@code from … to-1} on one page: a merged cell cut by the page break is ruled
 * on both pages, its lines flowing on into the part on the next page when they do not fit the first.
 */
final class PdfTable {

  /** Font size of table text (小五). */
  static final float SIZE = 9f;
  private static final float LEADING = 11.5f;
  private static final float PAD = 2.5f;
  private static final float MIN_ROW = 17f;

  /** One cell placed on the grid. */
  private record Placed(Cell cell, int row, int col, float size, List<String> lines) {}

  private final float[] xs;
  private final float[] heights;
  private final List<Placed> cells = new ArrayList<>();

  /**
   * @param t the table
   * @param left the left edge
   * @param widths the width of each grid column
   */
  PdfTable(Block.Table t, float left, float[] widths) {
    xs = new float[widths.length + 1];
    xs[0] = left;
    for (int i = 0; i < widths.length; i++) {
      xs[i + 1] = xs[i] + widths[i];
    }
    int rows = t.rows().size();
    boolean[][] taken = new boolean[rows][widths.length];
    for (int r = 0; r < rows; r++) {
      int c = 0;
      for (Cell cell : t.rows().get(r)) {
        while (taken[r][c]) {
          c++;
        }
        for (int i = r; i < r + cell.rowspan(); i++) {
          for (int j = c; j < c + cell.colspan(); j++) {
            taken[i][j] = true;
          }
        }
        cells.add(place(cell, r, c));
        c += cell.colspan();
      }
    }
    heights = new float[rows];
    java.util.Arrays.fill(heights, MIN_ROW);
    for (Placed p : cells) {
      if (p.cell().rowspan() == 1) {
        heights[p.row()] = Math.max(heights[p.row()], need(p));
      }
    }
    for (Placed p : cells) {
      float need = need(p);
      float have = top(p.row() + p.cell().rowspan()) - top(p.row());
      if (need > have) {
        heights[p.row() + p.cell().rowspan() - 1] += need - have;
      }
    }
  }

  /** The height a cell's lines need, padding and rules included. */
  private static float need(Placed p) {
    return p.lines().size() * LEADING + 2 * PAD + 2;
  }

  private Placed place(Cell cell, int row, int col) {
    float width = xs[col + cell.colspan()] - xs[col] - 2 * PAD;
    float size = SIZE;
    if (cell.value()) {
      size = Math.min(SIZE, width / Math.max(0.5f, StandardCjkFont.advance(cell.text())));
      return new Placed(cell, row, col, size, List.of(cell.text()));
    }
    return new Placed(cell, row, col, size, PdfText.wrap(cell.text(), size, width, width));
  }

  /** The number of grid rows. */
  int rows() {
    return heights.length;
  }

  /** The height of rows {@code from … to-1}. */
  float height(int from, int to) {
    return top(to) - top(from);
  }

  /** Draws rows {@code from … to-1} with their top edge at {@code y}. */
  void draw(PdfPage page, float y, int from, int to) {
    for (Placed p : cells) {
      int last = p.row() + p.cell().rowspan();
      if (last <= from || p.row() >= to) {
        continue;
      }
      float x0 = xs[p.col()];
      float x1 = xs[p.col() + p.cell().colspan()];
      float y0 = y + top(Math.max(p.row(), from)) - top(from);
      float y1 = y + top(Math.min(last, to)) - top(from);
      page.line(x0, y0, x1, y0);
      page.line(x0, y1, x1, y1);
      page.line(x0, y0, x0, y1);
      page.line(x1, y0, x1, y1);
      List<String> lines = partLines(p, from, to);
      float leading = lines.size() == 1 ? p.size() : LEADING;
      float block = (lines.size() - 1) * leading + p.size();
      float baseline = (y0 + y1) / 2 - block / 2 + p.size() * 0.85f;
      for (String line : lines) {
        float w = StandardCjkFont.advance(line) * p.size();
        page.text((x0 + x1) / 2 - w / 2, baseline, p.size(), line);
        baseline += leading;
      }
    }
  }

  /** The lines of a cell that fall in the part {@code from … to-1}: earlier parts take as many as they hold. */
  private List<String> partLines(Placed p, int from, int to) {
    int last = p.row() + p.cell().rowspan();
    if (p.row() >= from && last <= to) {
      return p.lines();
    }
    int start = p.row() < from ? Math.min(p.lines().size(), fitting(height(p.row(), from))) : 0;
    int end = last > to ? Math.min(p.lines().size(), start + fitting(height(Math.max(p.row(), from), to))) : p.lines().size();
    return p.lines().subList(start, Math.max(start, end));
  }

  private static int fitting(float height) {
    return Math.max(0, (int) ((height - 2 * PAD) / LEADING));
  }

  private float top(int row) {
    float h = 0;
    for (int i = 0; i < row; i++) {
      h += heights[i];
    }
    return h;
  }
}
