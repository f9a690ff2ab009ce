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
    boolean complete = s.search(0, 0);
    return new Result(List.copyOf(s.found), complete && s.found.size() < MAX_SPLITS);
  }

  /** Returns false when the budget or the split cap stopped the search. */
  private boolean search(int chunk, int cell) {
    if (++nodes > NODE_BUDGET || found.size() >= MAX_SPLITS) {
      return false;
    }
    if (chunk == chunks.size()) {
      if (cell == cells) {
        found.add(List.of(current.clone()));
      }
      return true;
    }
    int remainingChunks = chunks.size() - chunk - 1;
    int remainingCells = cells - cell;
    if (remainingCells <= remainingChunks) {
      return true;
    }
    String c = chunks.get(chunk);
    Piece piece = Piece.of(c);
    int maxParts = piece == null ? 1 : Math.min(remainingCells - remainingChunks, piece.digits.length());
    int minParts = remainingChunks == 0 ? remainingCells : 1;
    if (piece == null) {
      if (minParts > 1) {
        return true;
      }
      return place(chunk, cell, List.of(c));
    }
    for (int parts = Math.max(1, minParts); parts <= maxParts; parts++) {
      if (!cut(piece, 0, parts, new ArrayList<>(), chunk, cell)) {
        return false;
      }
    }
    return true;
  }

  /** Cuts {@code piece.digits} from {@code from} into {@code parts} numbers, then continues with the next chunk. */
  private boolean cut(Piece piece, int from, int parts, List<String> acc, int chunk, int cell) {
    String d = piece.digits;
    if (parts == 1) {
      String last = d.substring(from);
      if (!validNumber(last)) {
        return true;
      }
      acc.add(last);
      List<String> withSign = piece.decorate(acc);
      acc.remove(acc.size() - 1);
      return place(chunk, cell, withSign);
    }
    for (int end = from + 1; end <= d.length() - (parts - 1); end++) {
      if (d.charAt(end - 1) == '.' || d.charAt(end) == '.') {
        continue;
      }
      String head = d.substring(from, end);
      if (!validNumber(head)) {
        continue;
      }
      acc.add(head);
      boolean go = cut(piece, end, parts - 1, acc, chunk, cell);
      acc.remove(acc.size() - 1);
      if (!go) {
        return false;
      }
    }
    return true;
  }

  private boolean place(int chunk, int cell, List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      current[cell + i] = parts.get(i);
      CellText t = CellText.parse(parts.get(i));
      values[cell + i] = t.hasValue() ? t.value() : null;
      if (!rule.holdsAt(cell + i, values)) {
        clear(cell, i + 1);
        return true;
      }
    }
    boolean go = search(chunk + 1, cell + parts.size());
    clear(cell, parts.size());
    return go;
  }

  private void clear(int from, int n) {
    for (int i = from; i < from + n; i++) {
      current[i] = null;
      values[i] = null;
    }
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

    List<String> decorate(List<String> parts) {
      List<String> out = new ArrayList<>(parts);
      out.set(0, sign + out.get(0));
      out.set(out.size() - 1, out.get(out.size() - 1) + unit);
      return out;
    }
  }
}
