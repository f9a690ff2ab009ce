package org.disclosurelake.generate;

import java.util.List;

/** One piece of a report's body, independent of the form it is rendered in. */
sealed interface Block {

  /** A paragraph of prose. */
  record Para(String text) implements Block {}

  /** Where padding paragraphs go to bring a document to its target size. */
  record Pad() implements Block {}

  /** A section heading such as 二、主动公开政府信息情况. */
  record Heading(String text) implements Block {}

  /**
   * A table as a Word export lays it out: rows of cells with spans; {@code glue} tells the glued renderer which
   * rows must keep a space between their values so that their digits split one way only.
   *
   * @param kind "t2", "t3" or "t4"
   * @param rows the rows, each cell once (a spanned cell appears only in its first row)
   * @param spacedRows indexes of rows whose values the glued renderer separates with spaces
   */
  record Table(String kind, List<List<Cell>> rows, java.util.Set<Integer> spacedRows) implements Block {

    public Table {
      rows = rows.stream().map(List::copyOf).toList();
      spacedRows = java.util.Set.copyOf(spacedRows);
    }
  }

  /**
   * One table cell.
   *
   * @param text the cell text ("" for a blank cell)
   * @param rowspan rows spanned
   * @param colspan columns spanned
   * @param value true for a data cell (a number or a blank where a number could be)
   * @param key the fact key of a data cell, null for a label
   */
  record Cell(String text, int rowspan, int colspan, boolean value, String key) {

    static Cell label(String text) {
      return new Cell(text, 1, 1, false, null);
    }

    static Cell label(String text, int rowspan, int colspan) {
      return new Cell(text, rowspan, colspan, false, null);
    }

    static Cell value(String text, String key) {
      return new Cell(text, 1, 1, true, key);
    }

    static Cell value(String text, int colspan, String key) {
      return new Cell(text, 1, colspan, true, key);
    }

    /** The same cell with another text (a label with a typo). */
    Cell withText(String other) {
      return new Cell(other, rowspan, colspan, value, key);
    }
  }
}
