package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.Semantics;

/** Collects the facts and findings of the table readers; the first cell read for a key wins. */
public final class TableSink {

  private final List<Fact> facts = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  /** Records a cell under a key with its labels; a value in another unit is converted by {@code factor}. */
  void cell(String key, CellText cell, String rowLabel, String columnLabel, BigDecimal factor) {
    if (!keys.add(key)) {
      return;
    }
    if (cell.hasValue()) {
      BigDecimal v = factor == null ? cell.value() : cell.value().multiply(factor).stripTrailingZeros();
      if (v.scale() < 0) {
        v = v.setScale(0);
      }
      facts.add(Fact.number(key, v, rowLabel, columnLabel, cell.raw()));
    } else {
      facts.add(Fact.empty(key, cell.semantics(), rowLabel, columnLabel, cell.raw()));
      if (cell.semantics() == Semantics.TEXT) {
        finding(FindingCode.CELL_TEXT, key + " holds text where a number is expected: " + cell.raw(), List.of(key));
      }
    }
  }

  void cell(String key, CellText cell, String rowLabel, String columnLabel) {
    cell(key, cell, rowLabel, columnLabel, null);
  }

  void finding(FindingCode code, String message, List<String> keys) {
    findings.add(Finding.of(code, message, keys));
  }

  public List<Fact> facts() {
    return List.copyOf(facts);
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
