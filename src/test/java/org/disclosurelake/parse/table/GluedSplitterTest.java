package org.disclosurelake.parse.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedSplitterTest {

  @Test
  void rowSumDecidesTheSplit() {
    // pingtan 2022: 一、本年新收 713000074 = 71|3|0|0|0|0|74
    GluedSplitter.Result r = GluedSplitter.split(List.of("713000074"), 7, RowRule.T3_ROW);
    assertEquals(List.of(List.of("71", "3", "0", "0", "0", "0", "74")), r.splits());
    assertTrue(r.complete());
  }

  @Test
  void spacesAreCellBoundaries() {
    // pingtan 2020: "200 000121" = 20|0 | 0|0|0|1|21
    GluedSplitter.Result r = GluedSplitter.split(List.of("200", "000121"), 7, RowRule.T3_ROW);
    assertEquals(List.of(List.of("20", "0", "0", "0", "0", "1", "21")), r.splits());
  }

  @Test
  void table4BlocksPruneFifteenCells() {
    GluedSplitter.Result r = GluedSplitter.split(List.of("110024001510102"), 15, RowRule.T4_ROW);
    assertEquals(
        List.of(List.of("1", "1", "0", "0", "2", "4", "0", "0", "1", "5", "1", "0", "1", "0", "2")), r.splits());
  }

  @Test
  void withoutArithmeticSeveralSplitsRemain() {
    // 表二 "规范性文件7777166": 77|77|166 is one of many readings
    GluedSplitter.Result r = GluedSplitter.split(List.of("7777166"), 3, RowRule.NONE);
    assertTrue(r.splits().size() > 1);
    assertTrue(r.splits().contains(List.of("77", "77", "166")));
  }

  @Test
  void leadingZerosAreNoNumbers() {
    GluedSplitter.Result r = GluedSplitter.split(List.of("05"), 1, RowRule.NONE);
    assertTrue(r.splits().isEmpty());
    assertEquals(List.of(List.of("0", "5")), GluedSplitter.split(List.of("05"), 2, RowRule.NONE).splits());
  }

  @Test
  void signAndUnitStayWithTheirNumbers() {
    GluedSplitter.Result r = GluedSplitter.split(List.of("2648", "-18538"), 3, RowRule.NONE);
    assertTrue(r.splits().contains(List.of("2648", "-18", "538")));
    assertTrue(r.splits().stream().allMatch(s -> s.get(1).startsWith("-") || s.get(2).startsWith("-")));
    assertEquals(
        List.of(List.of("395", "73802895.90元")),
        GluedSplitter.split(List.of("395", "73802895.90元"), 2, RowRule.NONE).splits());
  }

  @Test
  void longInputEndsWithinBudget() {
    String digits = "1".repeat(60);
    GluedSplitter.Result r = GluedSplitter.split(List.of(digits), 15, RowRule.T4_ROW);
    assertFalse(r.complete() && r.splits().size() > GluedSplitter.MAX_SPLITS);
    GluedSplitter.Result huge = GluedSplitter.split(List.of("9".repeat(100_000)), 7, RowRule.T3_ROW);
    assertFalse(huge.complete());
    assertTrue(huge.splits().isEmpty());
  }
}
