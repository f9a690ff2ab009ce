package org.disclosurelake.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.disclosurelake.parse.Body;
import org.junit.jupiter.api.Test;

/** Whole pages: charset, fragments, text blocks, chrome, title and date. */
class HtmlPageTest {

  private static Body read(String html) {
    return HtmlTableTest.read(html);
  }

  @Test
  void gbkPageDecodesFromItsMetaCharset() {
    String html =
        "<html><head><meta charset=gb2312><title>某县2021年政府信息公开工作年度报告_某县人民政府</title></head>"
            + "<body><p>一、总体情况</p><table><tr><td>自然人</td><td>１２</td></tr></table></body></html>";
    Body body = new HtmlReader().read(html.getBytes(Charset.forName("GBK")), "gbk.html");
    assertEquals("GB18030", body.charset());
    assertEquals(List.of("一、总体情况", "| 自然人 | 12 |"), body.lines());
    assertEquals("某县2021年政府信息公开工作年度报告", body.title());
    assertTrue(body.findings().isEmpty(), body.findings()::toString);
  }

  @Test
  void gbkPageDecodesFromHttpEquivContentType() {
    String html =
        "<html><head><script charset=\"utf-8\" src=x.js></script>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head>"
            + "<body><p>行政复议</p></body></html>";
    Body body = new HtmlReader().read(html.getBytes(Charset.forName("GBK")), "gbk.html");
    assertEquals(List.of("行政复议"), body.lines());
  }

  @Test
  void fragmentWithoutHtmlElement() {
    Body body = read("<p>本年度报告</p><table><tr><td>行政许可</td><td>0</td></tr></table>尾声");
    assertEquals(List.of("本年度报告", "| 行政许可 | 0 |", "尾声"), body.lines());
    assertNull(body.publicationDate());
  }

  @Test
  void blocksBecomeLinesAndInlineRunsJoin() {
    Body body =
        read(
            "<div>一、总体<span>情况</span></div><p>\u3000\u3000主动公开信息 ２４９ 条，其中\n<b>网站</b> 185 条</p>"
                + "<ul><li>Open Data 平台</li></ul>第一行<br>第二行<script>var a = '无障碍';</script>"
                + "<style>p{display:none}</style><h3>三、收到和处理政府信息公开申请情况</h3>");
    assertEquals(
        List.of(
            "一、总体情况",
            "主动公开信息249条，其中网站185条",
            "Open Data平台",
            "第一行",
            "第二行",
            "三、收到和处理政府信息公开申请情况"),
        body.lines());
  }

  @Test
  void chromeAroundAKnownContainerIsLeftOut() {
    Body body =
        read(
            "<html><head><meta name=\"PubDate\" content=\"2022-01-20 09:30\"></head><body>"
                + "<div class=top><a href=#>无障碍浏览</a> <a href=#>网站地图</a></div>"
                + "<div class=nav>首页 &gt; 政府信息公开 &gt; 年报</div>"
                + "<div class=article_title>某局2021年政府信息公开工作年度报告</div>"
                + "<div class=TRS_Editor><p>一、总体情况</p><p>2021年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，"
                + "坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。</p>"
                + "<p>【打印本页】【关闭窗口】</p></div>"
                + "<div class=footer>版权所有：某县人民政府 备案号：苏ICP备12345678号 网站标识码：3213220037</div>"
                + "</body></html>");
    assertEquals(2, body.lines().size(), body::text);
    assertEquals("一、总体情况", body.lines().get(0));
    assertEquals("某局2021年政府信息公开工作年度报告", body.title());
    assertEquals(LocalDate.of(2022, 1, 20), body.publicationDate());
  }

  @Test
  void withoutAKnownContainerTheDensestTextWins() {
    String report = "<p>本机关2021年共收到政府信息公开申请12件，全部按期答复，未发生行政复议和行政诉讼。</p>".repeat(5);
    Body body =
        read(
            "<body><div id=head><ul><li><a href=#>首页</a></li><li><a href=#>政务公开</a></li></ul>"
                + "<p>欢迎访问某某区人民政府门户网站</p></div>"
                + "<div id=main><div id=side><a href=#>通知公告</a></div><div id=text>"
                + report
                + "</div></div><div id=foot>主办：某某区人民政府办公室 地址：某某路1号</div></body>");
    assertEquals(5, body.lines().size(), body::text);
    assertTrue(body.lines().stream().allMatch(l -> l.startsWith("本机关2021年")), body::text);
  }

  @Test
  void reportTablesOutsideTheContainerAreTakenIn() {
    Body body =
        read(
            "<div class=wrap><div class=TRS_Editor><p>一、总体情况：本年度各项工作按照要求有序推进，情况如下所述。</p>"
                + "<p>二、主动公开政府信息情况，详见下表，表中数字均为本年度的统计数据。</p></div>"
                + "<table><tr><td>信息内容</td><td>本年制发件数</td></tr><tr><td>规章</td><td>0</td></tr></table></div>"
                + "<div class=footer><table><tr><td>联系我们</td><td>网站地图</td></tr></table></div>");
    assertEquals(
        List.of(
            "一、总体情况：本年度各项工作按照要求有序推进，情况如下所述。",
            "二、主动公开政府信息情况，详见下表，表中数字均为本年度的统计数据。",
            "| 信息内容 | 本年制发件数 |",
            "| 规章 | 0 |"),
        body.lines());
  }

  @Test
  void titleFromTitleElementWithoutSiteSuffixAndDateFromALabel() {
    Body body =
        read(
            "<html><head><title>2019-2020年度某镇政府信息公开工作年度报告 - 某镇人民政府</title></head><body>"
                + "<div class=info>发布时间：2021年3月1日 来源：某镇</div><div class=content><p>正文</p></div></body></html>");
    assertEquals("2019-2020年度某镇政府信息公开工作年度报告", body.title());
    assertEquals(LocalDate.of(2021, 3, 1), body.publicationDate());
  }

  @Test
  void emptyAndBinaryLikeInputGiveAnEmptyBody() {
    assertEquals(List.of(), new HtmlReader().read(new byte[0], "empty.html").lines());
    assertEquals(List.of(), read("<html><body><script>document.write('x')</script></body></html>").lines());
    assertNull(read("<<<>>>").title());
  }
}
