package org.disclosurelake.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurelake.parse.Body;
import org.junit.jupiter.api.Test;

/** Tables flattened into {@code "|  |  |"} lines: spans, blank cells, split labels, layout tables. */
class HtmlTableTest {

  static Body read(String html) {
    return new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), "test.html");
  }

  @Test
  void rowspanAndColspanCellsAppearOnceInTheirOriginRow() {
    Body body =
        read(
            "<table>"
                + "<tr><td rowspan=3>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td></tr>"
                + "<tr><td rowspan=2>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
                + "<tr><td>2.其他</td><td>1</td></tr>"
                + "<tr><td colspan=3>（七）总计</td><td>6</td></tr>"
                + "</table>");
    assertEquals(
        List.of(
            "| 三、本年度办理结果 | （一）予以公开 | 5 |",
            "| （三）不予公开 | 1.属于国家秘密 | 0 |",
            "| 2.其他 | 1 |",
            "| （七）总计 | 6 |"),
        body.lines());
  }

  @Test
  void blankCellsStayEmptyBetweenSeparators() {
    Body body =
        read(
            "<table><tr><td>一、本年新收</td><td>26</td><td>&nbsp;</td><td><p><o:p></o:p></p></td>"
                + "<td> \n </td><td><span>&nbsp;</span><span>\u3000</span></td><td>26</td></tr>"
                + "<tr><td></td><td>x</td></tr>"
                + "<tr><td>&nbsp;</td><td> </td></tr></table>");
    assertEquals(List.of("| 一、本年新收 | 26 |  |  |  |  | 26 |", "|  | x |"), body.lines());
  }

  @Test
  void fragmentsOfOneCellJoinWithoutBreakingLabelsOrFigures() {
    Body body =
        read(
            "<table><tr>"
                + "<td><span>三</span><span>、本</span><font>年</font><span>度</span></td>"
                + "<td><p>自然</p><p>人</p></td>"
                + "<td>结果<br/>纠正</td>"
                + "<td><span>2</span><span>0</span></td>"
                + "<td>\n  ２\n１ </td>"
                + "<td>Word<br>Count</td>"
                + "<td>商业&nbsp;企业</td>"
                + "</tr></table>");
    assertEquals(List.of("| 三、本年度 | 自然人 | 结果纠正 | 20 | 21 | Word Count | 商业企业 |"), body.lines());
  }

  @Test
  void layoutTableContentReadsAsTextAndInnerTablesAsRows() {
    Body body =
        read(
            "<table width=100%><tr><td>"
                + "<p>二、主动公开政府信息情况</p>"
                + "<div><table><tr><td>规章</td><td>0</td></tr><tr><td>规范性文件</td><td>3</td></tr></table></div>"
                + "</td><td><p>三、收到和处理政府信息公开申请情况</p>"
                + "</td></tr></table>");
    assertEquals(
        List.of("二、主动公开政府信息情况", "| 规章 | 0 |", "| 规范性文件 | 3 |", "三、收到和处理政府信息公开申请情况"),
        body.lines());
  }

  @Test
  void singleColumnTableReadsAsParagraphs() {
    Body body = read("<table><tr><td><p>一、总体情况</p><p>全年公开信息12条。</p></td></tr></table>");
    assertEquals(List.of("一、总体情况", "全年公开信息12条。"), body.lines());
  }

  @Test
  void malformedSpansAreClampedAndNeverThrow() {
    Body body =
        read(
            "<table>"
                + "<tr><td rowspan=99999>a</td><td colspan=0>b</td><td colspan=-3>c</td><td rowspan=abc>d</td></tr>"
                + "<tr><td colspan=2147483648>e</td><td rowspan=0>f</td></tr>"
                + "<tr><td colspan='3x'>g</td></tr>"
                + "</table>");
    assertEquals(List.of("| a | b | c | d |", "| e | f |", "g"), body.lines());
    assertTrue(body.findings().isEmpty(), body.findings()::toString);
  }

  @Test
  void cellsPushedOffTheGridBySpansAreStillRead() {
    Body body =
        read("<table><tr><td rowspan=2 colspan=199>label</td><td>1</td></tr><tr><td>2</td><td>3</td></tr></table>");
    assertEquals(List.of("| label | 1 |", "| 2 | 3 |"), body.lines());
    assertTrue(body.findings().isEmpty(), body.findings()::toString);
  }

  @Test
  void captionBecomesALineBeforeTheRows() {
    Body body = read("<table><caption>表二</caption><tr><td>规章</td><td>0</td></tr></table>");
    assertEquals(List.of("表二", "| 规章 | 0 |"), body.lines());
  }
}
