package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits chunks of glued digits ("713000074") into a row's cells ("71|3|0|0|0|0|74"). A chunk boundary (a space or
 * a sign) is always a cell boundary; within a chunk every cut between two digits is tried, cells may not have
 * leading zeros, and the row's own sums ({@link RowRule}) prune the search. Work is bounded by a node budget, so
 * the time is bounded whatever the input.
 */
final class GluedSplitter {

  /** The splits found; {@code complete} is false when the budget ran out before the search did. */
  record Result(List<List<String>> splits, boolean complete) {}

  static final int MAX_SPLITS = 64;
  static final int NODE_BUDGET = 200_000;
  static final int MAX_CHUNK_DIGITS = 64;

  private final List<String> chunks;
  private final Piece[] pieces;
  private final int[] maxCellsFrom; // most cells the chunks from index i on can give
  private final int cells;
  private final RowRule rule;
  private final List<List<String>> found = new ArrayList<>();
  private final String[] current;
  private final BigDecimal[] values;
  private int nodes;

  private GluedSplitter(List<String> chunks, int cells, RowRule rule) {
    this.chunks = chunks;
    this.cells = cells;
    this.rule = rule;
    this.current = new String[cells];
    this.values = new BigDecimal[cells];
    this.pieces = new Piece[chunks.size()];
    this.maxCellsFrom = new int[chunks.size() + 1];
    for (int i = chunks.size() - 1; i >= 0; i--) {
      pieces[i] = Piece.of(chunks.get(i));
      maxCellsFrom[i] = maxCellsFrom[i + 1] + (pieces[i] == null ? 1 : pieces[i].digits.length());
    }
  }

  /**
   * Every way to cut the chunks into exactly {@code cells} cells that satisfies the rule. Blank or non-numeric
   * chunks stay one cell each.
   */
  static Result split(List<String> chunks, int cells, RowRule rule) {
    for (String c : chunks) {
      if (c.length() > MAX_CHUNK_DIGITS) {
        return new Result(List.of(), false);
      }
    }
    GluedSplitter s = new GluedSplitter(chunks, cells, rule);
    boolean complete = s.search(0, 0, 0);
    return new Result(List.copyOf(s.found), complete && s.found.size() < MAX_SPLITS);
  }

  /**
   * Ends the next cell somewhere in chunk {@code chunk} from {@code pos} on, then goes on; every step counts
   * against the budget. Returns false when the budget or the split cap stopped the search.
   */
  private boolean search(int chunk, int pos, int cell) {
    if (++nodes > NODE_BUDGET || found.size() >= MAX_SPLITS) {
      return false;
    }
    if (chunk == chunks.size()) {
      if (cell == cells) {
        found.add(List.of(current.clone()));
      }
      return true;
    }
    if (cell == cells) {
      return true;
    }
    Piece piece = pieces[chunk];
    if (piece == null) {
      CellText t = CellText.parse(chunks.get(chunk));
      return place(cell, chunks.get(chunk), t.hasValue() ? t.value() : null) ? search(chunk + 1, 0, cell + 1) : true;
    }
    String d = piece.digits;
    int later = chunks.size() - chunk - 1;
    for (int end = pos + 1; end <= d.length(); end++) {
      if (end < d.length() && (d.charAt(end - 1) == '.' || d.charAt(end) == '.')) {
        continue;
      }
      int cellsLeft = cells - cell - 1;
      int minRest = (end < d.length() ? 1 : 0) + later;
      int maxRest = (d.length() - end) + maxCellsFrom[chunk + 1];
      if (cellsLeft < minRest || cellsLeft > maxRest) {
        continue;
      }
      String number = d.substring(pos, end);
      if (!validNumber(number)) {
        continue;
      }
      String text = (pos == 0 ? piece.sign : "") + number + (end == d.length() ? piece.unit : "");
      BigDecimal value = new BigDecimal(number);
      if (pos == 0 && (piece.sign.equals("-") || piece.sign.equals("减"))) {
        value = value.negate();
      }
      if (!place(cell, text, value)) {
        continue;
      }
      boolean go = end == d.length() ? search(chunk + 1, 0, cell + 1) : search(chunk, end, cell + 1);
      if (!go) {
        return false;
      }
    }
    return true;
  }

  /** Puts a cell's text in place; false when a sum of the rule ending at this cell fails. */
  private boolean place(int cell, String text, BigDecimal value) {
    current[cell] = text;
    values[cell] = value;
    return rule.holdsAt(cell, values);
  }

  /** A number has no leading zero (except "0" itself and "0.x") and no dangling decimal point. */
  static boolean validNumber(String s) {
    if (s.isEmpty() || s.startsWith(".") || s.endsWith(".")) {
      return false;
    }
    if (s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') {
      return false;
    }
    return s.indexOf('.') == s.lastIndexOf('.');
  }

  /** A numeric chunk: optional sign word, digits (with at most one '.'), optional unit. */
  private record Piece(String sign, String digits, String unit) {

    static Piece of(String chunk) {
      int i = 0;
      String sign = "";
      if (chunk.startsWith("减") || chunk.startsWith("增") || chunk.startsWith("-") || chunk.startsWith("+")) {
        sign = chunk.substring(0, 1);
        i = 1;
      }
      int j = chunk.length();
      String unit = "";
      while (j > i && LabelSpan.isUnit(chunk.charAt(j - 1))) {
        j--;
      }
      unit = chunk.substring(j);
      String digits = chunk.substring(i, j);
      if (digits.isEmpty()) {
        return null;
      }
      for (int k = 0; k < digits.length(); k++) {
        char c = digits.charAt(k);
        if (!(LabelSpan.isDigit(c) || c == '.')) {
          return null;
        }
      }
      return new Piece(sign, digits, unit);
    }
  }
}
