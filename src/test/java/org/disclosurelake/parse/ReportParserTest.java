package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.junit.jupiter.api.Test;

class ReportParserTest {

  private static final ReportParser PARSER = new ReportParser();
  private static final String REPORT =
      "某某县人民政府2021年政府信息公开工作年度报告\n"
          + "一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5\n"
          + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n";

  @Test
  void sameFactsWhateverTheEncoding() {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16}) {
      ParseResult r = PARSER.parse(REPORT.getBytes(cs), "r.txt");
      assertFalse(r.isRejected(), cs + ": " + r.rejection());
      assertEquals("某某县人民政府", r.report().agency(), cs.name());
      assertEquals(5, r.report().findValue("t3.new.total").orElseThrow().intValue(), cs.name());
    }
  }

  @Test
  void traditionalCharactersMatchTheSameLabels() {
    String traditional =
        "某某縣人民政府2021年政府信息公開工作年度報告\n"
            + "一、本年新收政府信息公開申請數量 | 5 | 0 | 0 | 0 | 0 | 0 | 5\n"
            + "二、上年結轉政府信息公開申請數量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n";
    Report r = PARSER.parse(traditional.getBytes(Charset.forName("Big5")), "r.txt").report();
    assertEquals("某某县人民政府", r.agency());
    assertEquals(0, r.findValue("t3.carried.total").orElseThrow().intValue());
  }

  @Test
  void ordinaryPagesAndJunkAreRejectedWithAReason() {
    assertEquals("empty file", PARSER.parse(new byte[0], "e.txt").rejection().reason());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertTrue(PARSER.parse(png, "x.html").rejection().reason().startsWith("image"));
    String page = "<html><body><a href=/zfxxgk>政府信息公开</a><p>今日新闻</p></body></html>";
    assertTrue(PARSER.parse(page.getBytes(StandardCharsets.UTF_8), "p.html").rejection().reason()
        .startsWith("not a disclosure report"));
  }
}
