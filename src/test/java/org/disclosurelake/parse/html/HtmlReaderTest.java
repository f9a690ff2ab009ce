package org.disclosurelake.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.disclosurelake.parse.Body;
import org.disclosurelake.report.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The four real HTML pages of the corpus (src/test/resources/reports/README.md names their sources). */
class HtmlReaderTest {

  private static final List<String> CHROME = List.of("无障碍", "备案号", "版权所有", "网站地图", "网站标识码", "采集时间", "索引号", "扫一扫");

  static Body read(String name) {
    String path = "/reports/real/" + name;
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find fixture on the classpath: " + path);
      }
      return new HtmlReader().read(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertLine(Body body, String expected) {
    assertTrue(body.lines().contains(expected), () -> "missing line [" + expected + "] in\n" + body.text());
  }

  /** The lines from the first line starting with {@code first} through the next one starting with {@code last}. */
  private static List<String> block(Body body, String first, String last) {
    List<String> lines = body.lines();
    int from = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && rowStarts(lines.get(i), first)) {
        from = i;
      } else if (from >= 0 && rowStarts(lines.get(i), last)) {
        return lines.subList(from, i + 1);
      }
    }
    throw new AssertionError("no block " + first + " … " + last + " in\n" + body.text());
  }

  private static int cells(String line) {
    return line.split(" \\| ", -1).length;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shuyang_fagaiju_2023.html",
        "pingtan_zonghe_shiyanqu_2020.html",
        "pingtan_zonghe_shiyanqu_2022.html",
        "pingtan_zonghe_shiyanqu_2023.html"
      })
  void keepsOnlyTheReport(String name) {
    Body body = read(name);
    assertEquals(Form.HTML, body.form());
    assertEquals("UTF-8", body.charset());
    assertTrue(body.findings().isEmpty(), () -> body.findings().toString());
    for (String line : body.lines()) {
      for (String chrome : CHROME) {
        assertFalse(line.contains(chrome), () -> "chrome line: " + line);
      }
      assertFalse(line.isBlank() || line.replace("|", "").isBlank(), () -> "blank line: [" + line + "]");
      assertFalse(line.contains("function(") || line.contains("{display"), () -> "script or style: " + line);
    }
    assertTrue(body.lines().stream().anyMatch(l -> l.startsWith("六、其他需要报告的事项")), body::text);
  }

  @Test
  void shuyangWordExportedTables() {
    Body body = read("shuyang_fagaiju_2023.html");
    assertEquals("沭阳县发展和改革局2023年政府信息公开年度报告", body.title());
    assertEquals(LocalDate.of(2024, 1, 17), body.publicationDate());
    assertTrue(body.lines().get(0).startsWith("根据《中华人民共和国政府信息公开条例》"), body.lines().get(0));
    assertTrue(body.text().contains("全年共审核发布各类公开政府信息249条"), body::text);
    assertLine(body, "| 规范性文件 | 8 | 0 | 18 |");
    assertLine(body, "| 行政事业性收费 | 0 |");
    assertLine(body, "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |");
    assertLine(body, "| 自然人 | 法人或其他组织 | 总计 |");
    assertLine(body, "| 一、本年新收政府信息公开申请数量 | 26 |  |  |  |  |  | 26 |");
    assertLine(body, "| 三、本年度办理结果 | （一）予以公开 | 26 |  |  |  |  |  | 26 |");
    assertLine(body, "| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 |  |  |  |  |  | 0 |");
    assertLine(body, "| 3.其他 | 0 |  |  |  |  |  | 0 |");
    assertLine(body, "| （七）总计 | 26 |  |  |  |  |  | 26 |");
    assertEquals(25, block(body, "一、本年新收", "四、结转下年度继续办理").size());
    List<String> t4 = block(body, "行政复议 | 行政诉讼", "0 | ");
    assertEquals("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |", t4.get(1));
    assertEquals("| 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", t4.get(3));
    assertEquals(15, cells(t4.get(3)));
  }

  @Test
  void pingtan2020Template2019() {
    Body body = read("pingtan_zonghe_shiyanqu_2020.html");
    assertEquals("平潭综合实验区2020年度政府信息公开工作年度报告", body.title());
    assertEquals(LocalDate.of(2021, 3, 5), body.publicationDate());
    assertLine(body, "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |");
    assertLine(body, "| 规范性文件 | 77 | 77 | 166 |");
    assertLine(body, "| 行政处罚 | 2648 | -18 | 538 |");
    assertLine(body, "| 行政事业性收费 | 35 | -15 |");
    assertLine(body, "| 政府集中采购 | 395 | 73802895.90元 |");
    assertLine(body, "| 一、本年新收政府信息公开申请数量 | 20 | 0 | 0 | 0 | 0 | 1 | 21 |");
    assertLine(body, "| 三、本年度办理结果 | （一）予以公开 | 6 | 0 | 0 | 0 | 0 | 1 | 7 |");
    // the page repeats the rowspan label before (四)
    assertLine(body, "| 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握相关政府信息 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");
    assertLine(body, "| （六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");
    assertLine(body, "| （七）总计 | 20 | 0 | 0 | 0 | 0 | 1 | 21 |");
    assertEquals(23, block(body, "一、本年新收", "四、结转下年度继续办理").size());
    List<String> t4 = block(body, "行政复议 | 行政诉讼", "0 | ");
    assertEquals("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", t4.get(3));
    // the trailing row of 15 blank cells carries nothing and is left out
    assertTrue(body.lines().indexOf(t4.get(3)) + 1 < body.lines().size());
    assertEquals("五、存在的主要问题及改进情况", body.lines().get(body.lines().indexOf(t4.get(3)) + 1));
  }

  @Test
  void pingtan2022LabelsSplitOverParagraphs() {
    Body body = read("pingtan_zonghe_shiyanqu_2022.html");
    assertEquals("平潭综合实验区2022年度政府信息公开工作年度报告", body.title());
    assertEquals(LocalDate.of(2023, 2, 20), body.publicationDate());
    assertLine(body, "| 行政规范性文件 | 88 | 55 | 698 |");
    assertLine(body, "| 行政许可 | 10690 |");
    assertLine(body, "| 行政事业性收费 | 9116.36 |");
    assertLine(body, "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |");
    assertLine(body, "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
    assertLine(body, "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 8 | 1 | 0 | 0 | 0 | 0 | 9 |");
    assertLine(body, "| 3.其他 | 0 | 2 | 0 | 0 | 0 | 0 | 2 |");
    assertLine(body, "| （七）总计 | 72 | 3 | 0 | 0 | 0 | 0 | 75 |");
    assertEquals(25, block(body, "一、本年新收", "四、结转下年度继续办理").size());
    assertLine(body, "四、政府信息公开行政法复议、行政诉讼情况");
    List<String> t4 = block(body, "行政复议 | 行政诉讼", "0 | ");
    assertEquals("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", t4.get(2));
    assertEquals("| 0 | 1 | 1 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |", t4.get(3));
  }

  @Test
  void pingtan2023BreaksInsideCells() {
    Body body = read("pingtan_zonghe_shiyanqu_2023.html");
    assertEquals("平潭综合实验区2023年度政府信息公开工作年度报告", body.title());
    assertEquals(LocalDate.of(2024, 3, 8), body.publicationDate());
    assertLine(body, "| 行政规范性文件 | 77 | 132 | 470 |");
    assertLine(body, "| 行政事业性收费 | 5949.088667 |");
    assertLine(body, "| 一、本年新收政府信息公开申请数量 | 80 | 1 | 0 | 0 | 0 | 0 | 81 |");
    assertLine(body, "| 8.属于行政查询事项 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |");
    List<String> t4 = block(body, "行政复议 | 行政诉讼", "1 | ");
    assertEquals("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |", t4.get(1));
    assertEquals("| 1 | 1 | 0 | 0 | 2 | 4 | 0 | 0 | 1 | 5 | 1 | 0 | 1 | 0 | 2 |", t4.get(3));
  }

  /** Whether a line starts with {@code prefix}, a table row's outer pipe aside. */
  static boolean rowStarts(String line, String prefix) {
    return line.startsWith(prefix) || line.startsWith("| " + prefix);
  }
}
