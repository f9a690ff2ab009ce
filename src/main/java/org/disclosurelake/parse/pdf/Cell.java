package org.disclosurelake.parse.pdf;

/**
 * One cell of a ruled table: the grid rows and columns it spans (inclusive) and its text.
 *
 * @param row0 first grid row
 * @param row1 last grid row
 * @param col0 first grid column
 * @param col1 last grid column
 * @param left left edge on the page
 * @param right right edge on the page
 * @param top top edge on the page where the cell starts
 * @param bottom bottom edge on the page where the cell starts
 * @param text the cell text, wrapped lines joined
 */
record Cell(int row0, int row1, int col0, int col1, float left, float right, float top, float bottom, String text) {

  boolean spansRows() {
    return row1 > row0;
  }

  Cell shiftedBy(int rows) {
    return new Cell(row0 + rows, row1 + rows, col0, col1, left, right, top, bottom, text);
  }

  /** This cell grown down to {@code lastRow} with {@code more} appended, for a cell split by a page break. */
  Cell continuedTo(int lastRow, String more) {
    return new Cell(row0, Math.max(row1, lastRow), col0, col1, left, right, top, bottom,
        TextLine.joinWrapped(java.util.List.of(text, more)));
  }
}
