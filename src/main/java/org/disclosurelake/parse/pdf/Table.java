package org.disclosurelake.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table rebuilt from ruling lines: cells on a grid of {@code rows} rows, with its box on the page.
 *
 * @param rows number of grid rows
 * @param cells the cells, each listed once at its origin
 * @param top top edge
 * @param bottom bottom edge
 * @param left left edge
 * @param right right edge
 */
record Table(int rows, List<Cell> cells, float top, float bottom, float left, float right) {

  /** A label that starts a new row group ("一、", "（三）", "2.", "3、"), so it never continues a split cell. */
  private static final Pattern MARKER = Pattern.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．])");
  private static final Pattern NUMERIC = Pattern.compile("^[-+]?[\\d.,，%]+\\S{0,2}$");
  /** Tolerance in points for matching column edges across a page break. */
  private static final float EDGE = 3f;

  Table {
    cells = List.copyOf(cells);
  }

  /** The rows as pipe-separated lines: one entry per cell originating in the row; blank rows are left out. */
  List<String> lines() {
    List<List<Cell>> byRow = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>());
    }
    for (Cell c : cells) {
      byRow.get(c.row0()).add(c);
    }
    List<String> out = new ArrayList<>();
    for (List<Cell> row : byRow) {
      row.sort(Comparator.comparingInt(Cell::col0));
      if (row.stream().allMatch(c -> c.text().isBlank())) {
        continue;
      }
      out.add(org.disclosurelake.parse.Body.row(row.stream().map(Cell::text).toList()));
    }
    return out;
  }

  /** Whether {@code next} has the same width, so that it can be this table continued on the next page. */
  boolean alignsWith(Table next) {
    return Math.abs(left - next.left) < EDGE * 2 && Math.abs(right - next.right) < EDGE * 2;
  }

  /**
   * This table followed by {@code next}, its continuation on the next page. A cell in the first row of {@code next}
   * that sits under a cell of the last row here and is that cell's rest (blank, or label text that does not start a
   * new group, where one of the two spans several rows) is merged into it, like a rowspan across the break.
   */
  Table continuedBy(Table next) {
    boolean rowSplit = rowSplitBy(next);
    int shift = rowSplit ? rows - 1 : rows;
    List<Cell> merged = new ArrayList<>(cells);
    for (Cell b : next.cells) {
      Cell shifted = b.shiftedBy(shift);
      int above = b.row0() == 0 ? (rowSplit ? alignedAbove(merged, b) : splitPartner(merged, b)) : -1;
      if (above < 0) {
        merged.add(shifted);
      } else {
        merged.set(above, merged.get(above).continuedTo(shifted.row1(), b.text()));
      }
    }
    return new Table(shift + next.rows, merged, top, next.bottom, left, right);
  }

  /**
   * Whether the first row of {@code next} is the rest of this table's last row, broken by the page: it holds only
   * label text under label cells and blanks under the numbers, as when a wrapped label did not fit the page.
   */
  private boolean rowSplitBy(Table next) {
    boolean blankUnderNumber = false;
    boolean text = false;
    for (Cell b : next.cells) {
      if (b.row0() != 0) {
        continue;
      }
      int above = alignedAbove(cells, b);
      boolean blank = b.text().isBlank();
      if (!blank && (above < 0 || NUMERIC.matcher(b.text()).matches() || MARKER.matcher(b.text()).find())) {
        return false;
      }
      if (above >= 0 && !blank && cells.get(above).text().isBlank()) {
        return false;
      }
      text |= !blank;
      blankUnderNumber |= blank && above >= 0 && NUMERIC.matcher(cells.get(above).text()).matches();
    }
    return text && blankUnderNumber;
  }

  /** The index of the cell of the last row with the same column edges as {@code b}, or -1. */
  private int alignedAbove(List<Cell> list, Cell b) {
    for (int i = 0; i < list.size(); i++) {
      Cell a = list.get(i);
      if (a.row1() == rows - 1 && Math.abs(a.left() - b.left()) <= EDGE && Math.abs(a.right() - b.right()) <= EDGE) {
        return i;
      }
    }
    return -1;
  }

  private int splitPartner(List<Cell> merged, Cell b) {
    int i = alignedAbove(merged, b);
    if (i < 0) {
      return -1;
    }
    Cell a = merged.get(i);
    if (!a.spansRows() && !b.spansRows()) {
      return -1;
    }
    if (b.text().isBlank()) {
      return i;
    }
    boolean label = !a.text().isBlank() && !NUMERIC.matcher(a.text()).matches();
    boolean rest = !NUMERIC.matcher(b.text()).matches() && !MARKER.matcher(b.text()).find();
    return label && rest ? i : -1;
  }
}
