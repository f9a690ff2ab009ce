package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static Map<String, BigDecimal> values(Object... kv) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], new BigDecimal(String.valueOf(kv[i + 1])));
    }
    return m;
  }

  private static List<FindingCode> codes(Map<String, BigDecimal> v) {
    return Checks.run(v).stream().map(Finding::code).toList();
  }

  @Test
  void consistentReportHasNoFindings() {
    assertTrue(
        codes(values("t3.new.total", 21, "t3.carried.total", 0, "t3.processed.total", 21, "t3.forward.total", 0,
                "t3.granted.total", 20, "t3.other.total", 1, "t4.review.upheld", 1, "t4.review.total", 1))
            .isEmpty());
  }

  @Test
  void pingtan2020OutcomeRowsSumTo27Against21() {
    List<Finding> f =
        Checks.run(
            values("t3.processed.total", 21, "t3.granted.total", 7, "t3.partial.total", 6,
                "t3.unable.not_held.total", 4, "t3.unable.unclear.total", 3, "t3.not_processed.repeated.total", 3,
                "t3.other.total", 4));
    assertEquals(1, f.size());
    assertEquals(FindingCode.T3_OUT, f.get(0).code());
    assertTrue(f.get(0).message().contains("27") && f.get(0).message().contains("21"), f.get(0).message());
  }

  @Test
  void balanceRowAndTable4() {
    assertEquals(
        List.of(FindingCode.T3_BAL),
        codes(values("t3.new.total", 5, "t3.carried.total", 1, "t3.processed.total", 5, "t3.forward.total", 0)));
    assertEquals(
        List.of(FindingCode.T3_ROW),
        codes(values("t3.new.natural", 3, "t3.new.commercial", 1, "t3.new.total", 5)));
    assertEquals(
        List.of(FindingCode.T4_SUM),
        codes(values("t4.review.upheld", 10, "t4.review.corrected", 1, "t4.review.total", 0)));
  }

  @Test
  void blankPartsAreNotZeros() {
    // natural given, other columns blank (absent): the row total equals what is stated
    assertTrue(codes(values("t3.new.natural", 26, "t3.new.total", 26)).isEmpty());
  }

  @Test
  void negativeCountsButNotChanges() {
    assertEquals(List.of(FindingCode.NONNEG), codes(values("t3.new.total", -1)));
    assertTrue(codes(values("t2.penalty.change", -18)).isEmpty());
    assertEquals(List.of(FindingCode.NONNEG), codes(values("t4.review.total", "1.5")));
  }
}
