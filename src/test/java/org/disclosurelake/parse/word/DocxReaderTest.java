package org.disclosurelake.parse.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.RejectedDocumentException;
import org.disclosurelake.parse.pdf.Fixtures;
import org.disclosurelake.report.Form;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"2022", "2023"})
  void docxGivesTheTableRowsOfItsHtmlSource(String year) throws Exception {
    String name = "pingtan_zonghe_shiyanqu_" + year;
    Body body = new DocxReader().read(Fixtures.bytes("generated/" + name + ".docx"), name + ".docx");
    assertEquals(Form.DOCX, body.form());
    sameTables(Fixtures.htmlTableRows("real/" + name + ".html"), body.lines());
  }

  @Test
  void docGivesTheSameRows() throws Exception {
    String name = "pingtan_zonghe_shiyanqu_2023";
    Body body = new DocReader().read(Fixtures.bytes("generated/" + name + ".doc"), name + ".doc");
    assertEquals(Form.DOC, body.form());
    sameTables(Fixtures.htmlTableRows("real/" + name + ".html"), body.lines());
    assertTrue(body.text().contains("二、主动公开政府信息情况"));
  }

  @Test
  void garbageIsRejectedNotThrown() {
    byte[] junk = {'P', 'K', 3, 4, 0, 0};
    RejectedDocumentException e =
        assertThrows(RejectedDocumentException.class, () -> new DocxReader().read(junk, "x.docx"));
    assertTrue(e.getMessage().startsWith("broken DOCX: "), e.getMessage());
    assertThrows(RejectedDocumentException.class, () -> new DocReader().read(junk, "x.doc"));
  }

  private static void sameTables(List<String> html, List<String> lines) {
    String t3 = "（本列数据";
    assertEquals(Fixtures.block(html, t3, "四、结转"), Fixtures.block(lines, t3, "四、结转"));
    List<String> t4 = Fixtures.block(html, "行政复议 |", "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持");
    assertEquals(t4, Fixtures.block(lines, "行政复议 |", "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持"));
    String values = html.get(html.indexOf(t4.get(t4.size() - 1)) + 1);
    assertEquals(values, lines.get(lines.indexOf(t4.get(t4.size() - 1)) + 1));
    assertEquals(15, values.split(" \\| ").length);
  }
}
