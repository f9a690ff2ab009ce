package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The possible readings of one table row: usually one; several when glued digits split more than one way; none
 * when the split search ran out of budget. Problems are shape notes for the findings.
 */
record RowRead(List<List<CellText>> candidates, List<String> problems) {

  RowRead {
    candidates = List.copyOf(candidates);
    problems = List.copyOf(problems);
  }

  /** Reads the row of {@code cells} cells found in {@code region}. */
  static RowRead read(String region, int cells, RowRule rule, boolean mergedTotalAllowed) {
    ValueTokenizer.Tokens tokens = ValueTokenizer.tokenize(region);
    List<String> chunks = tokens.chunks();
    List<String> problems = new ArrayList<>();
    long nonBlank = chunks.stream().filter(c -> !c.isEmpty()).count();
    if (nonBlank == 0) {
      return single(blanks(cells), problems);
    }
    // a grid row of exactly the template's cells is read by position ("| 0 |  |  | … |": natural 0, the rest blank)
    if (tokens.piped() && mergedTotalAllowed && nonBlank == 1 && chunks.get(0).equals("0") && cells > 1
        && chunks.size() != cells) {
      // a merged cell spanning the row (pipe-flattened from HTML): a zero for the whole row is zero in every column
      List<CellText> row = new ArrayList<>();
      for (int i = 0; i < cells; i++) {
        row.add(CellText.parse("0"));
      }
      problems.add("one value for " + cells + " columns, read as a merged cell: 0 in every column");
      return single(row, problems);
    }
    if (chunks.size() > cells && chunks.get(0).isEmpty() && shiftedFits(chunks, cells, rule)) {
      // a blank cell printed under a wide label (a PDF separator, colspan remnant) before the row's values
      chunks = chunks.subList(1, chunks.size());
    }
    if (chunks.size() >= cells) {
      List<String> extra = chunks.subList(cells, chunks.size()).stream().filter(c -> !c.isEmpty()).toList();
      if (!extra.isEmpty()) {
        problems.add(chunks.size() + " cells where the template has " + cells + "; ignored " + extra);
      }
      return single(parseAll(chunks.subList(0, cells)), problems);
    }
    GluedSplitter.Result r = GluedSplitter.split(chunks, cells, rule);
    if (r.splits().isEmpty() && r.complete() && rule != RowRule.NONE) {
      r = GluedSplitter.split(chunks, cells, RowRule.NONE);
      if (!r.splits().isEmpty()) {
        problems.add("no split of " + chunks + " satisfies the row's own sums");
      }
    }
    if (!r.complete()) {
      problems.add("split search of " + chunks + " stopped at its budget");
      return new RowRead(List.of(), problems);
    }
    if (r.splits().isEmpty()) {
      problems.add("the digits of " + chunks + " cannot fill the template's " + cells + " cells");
      return new RowRead(List.of(), problems);
    }
    Set<List<CellText>> distinct = new LinkedHashSet<>();
    for (List<String> split : r.splits()) {
      distinct.add(parseAll(split));
    }
    return new RowRead(new ArrayList<>(distinct), problems);
  }

  /** True when the row's sums hold for the cells after a leading blank but not for the cells from the blank on. */
  private static boolean shiftedFits(List<String> chunks, int cells, RowRule rule) {
    if (rule == RowRule.NONE) {
      return false;
    }
    return !rule.holdsStrictly(values(chunks.subList(0, cells)))
        && rule.holdsStrictly(values(chunks.subList(1, cells + 1)));
  }

  private static java.math.BigDecimal[] values(List<String> chunks) {
    java.math.BigDecimal[] v = new java.math.BigDecimal[chunks.size()];
    for (int i = 0; i < v.length; i++) {
      CellText t = CellText.parse(chunks.get(i));
      v[i] = t.hasValue() ? t.value() : null;
    }
    return v;
  }

  private static RowRead single(List<CellText> row, List<String> problems) {
    return new RowRead(List.of(row), problems);
  }

  private static List<CellText> parseAll(List<String> chunks) {
    List<CellText> out = new ArrayList<>();
    for (String c : chunks) {
      out.add(CellText.parse(c));
    }
    return out;
  }

  private static List<CellText> blanks(int count) {
    List<CellText> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(CellText.parse(""));
    }
    return out;
  }

  /** The cell at {@code i} when every candidate agrees on it, else null (undetermined). */
  CellText agreed(int i) {
    if (candidates.isEmpty()) {
      return null;
    }
    CellText first = candidates.get(0).get(i);
    for (List<CellText> c : candidates) {
      if (!sameStatement(c.get(i), first)) {
        return null;
      }
    }
    return first;
  }

  private static boolean sameStatement(CellText a, CellText b) {
    if (a.semantics() != b.semantics()) {
      return false;
    }
    return a.value() == null ? b.value() == null : b.value() != null && a.value().compareTo(b.value()) == 0;
  }
}
