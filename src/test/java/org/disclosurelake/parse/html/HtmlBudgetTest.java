package org.disclosurelake.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.report.FindingCode;
import org.junit.jupiter.api.Test;

/** Pathological pages finish (no timing asserted) and say where a limit cut them short. */
class HtmlBudgetTest {

  private static final Limits.Html LIMITS = Limits.Html.DEFAULTS;

  private static boolean hasBudgetFinding(Body body) {
    return body.findings().stream().anyMatch(f -> f.code() == FindingCode.BUDGET);
  }

  @Test
  void twentyThousandNestedTables() {
    int n = 20_000;
    Body body = HtmlTableTest.read("<table><tr><td>".repeat(n) + "x" + "</td></tr></table>".repeat(n));
    assertTrue(body.lines().contains("x"), body::text);
    assertTrue(hasBudgetFinding(body), body.findings()::toString);
  }

  @Test
  void twentyThousandUnclosedTables() {
    Body body = HtmlTableTest.read("<table>".repeat(20_000) + "<tr><td>a</td><td>1</td></tr>");
    assertEquals(1, body.lines().size(), body::text);
  }

  @Test
  void twoMegabyteCellIsTruncated() {
    Body body = HtmlTableTest.read("<table><tr><td>" + "1".repeat(2_000_000) + "</td><td>x</td></tr></table>");
    assertEquals(1, body.lines().size());
    assertTrue(body.lines().get(0).endsWith(" | x |"));
    assertEquals(LIMITS.maxCellChars() + "|  | x |".length(), body.lines().get(0).length());
    assertTrue(hasBudgetFinding(body), body.findings()::toString);
  }

  @Test
  void twoMegabyteSingleCellTableIsTruncated() {
    Body body = HtmlTableTest.read("<table><tr><td>" + "7".repeat(2_000_000) + "</td></tr></table>");
    assertEquals(1, body.lines().size());
    assertTrue(hasBudgetFinding(body), body.findings()::toString);
  }

  @Test
  void megabyteOfDigitsIsTruncated() {
    Body body = HtmlTableTest.read("<p>" + "9".repeat(1 << 20) + "</p><p>end</p>");
    assertEquals(LIMITS.maxLineChars(), body.lines().get(0).length());
    assertEquals("end", body.lines().get(1));
    assertTrue(hasBudgetFinding(body));
  }

  @Test
  void rowsBeyondTheLimitAreDropped() {
    Body body = HtmlTableTest.read("<table>" + "<tr><td>a</td><td>1</td></tr>".repeat(LIMITS.maxRows() + 10) + "</table>");
    assertEquals(LIMITS.maxRows(), body.lines().size());
    assertTrue(hasBudgetFinding(body));
  }

  @Test
  void theRowLimitGivenIsTheOneEnforced() {
    HtmlReader reader = new HtmlReader(Limits.DEFAULTS.withHtml(LIMITS.withMaxRows(3)));
    Body body = reader.read(("<table>" + "<tr><td>a</td><td>1</td></tr>".repeat(4) + "</table>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "rows.html");
    assertEquals(3, body.lines().size(), body::text);
    assertEquals(List.of("table longer than 3 rows: rows beyond dropped"),
        body.findings().stream().filter(f -> f.code() == FindingCode.BUDGET).map(f -> f.message()).toList());
  }

  @Test
  void columnsBeyondTheLimitAreDropped() {
    Body body = HtmlTableTest.read("<table><tr>" + "<td>1</td>".repeat(300) + "</tr></table>");
    assertEquals(LIMITS.maxCols(), body.lines().get(0).split(" \\| ").length);
    assertTrue(hasBudgetFinding(body));
  }

  @Test
  void hugeSpansAreCappedWithoutAFinding() {
    Body body =
        HtmlTableTest.read(
            "<table><tr><td rowspan=2147483647 colspan=2147483647>a</td></tr><tr><td>b</td></tr></table>");
    assertEquals("a", body.lines().get(0));
    assertFalse(body.lines().contains("| b |  |"), body::text);
  }

  @Test
  void deeplyNestedInlineElements() {
    Body body = HtmlTableTest.read("<div>".repeat(20_000) + "<span>".repeat(20_000) + "deep");
    assertEquals(1, body.lines().size());
  }
}
