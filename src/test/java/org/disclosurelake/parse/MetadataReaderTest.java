package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.disclosurelake.report.Form;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

  private static MetadataReader.Metadata read(String... lines) {
    return MetadataReader.read(new Body(Form.TEXT, "UTF-8", List.of(lines), null, null, List.of()));
  }

  @Test
  void statedPeriodBeatsTheTitleAndThePublicationDate() {
    MetadataReader.Metadata m =
        read("某某县人民政府2021年政府信息公开工作年度报告", "发布时间：2022-03-01",
            "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。");
    assertEquals(2020, m.year());
    assertFalse(m.yearInferred());
    assertEquals("某某县人民政府", m.agency());
    assertEquals(LocalDate.of(2022, 3, 1), m.publicationDate());
  }

  @Test
  void agencyOnTheLineBeforeAYearOnlyTitle() {
    MetadataReader.Metadata m = read("深州市人民政府办公室", "2021年政府信息公开工作年度报告", "（2022年1月12日）");
    assertEquals("深州市人民政府办公室", m.agency());
    assertEquals(2021, m.year());
    assertEquals(LocalDate.of(2022, 1, 12), m.publicationDate());
  }

  @Test
  void agencyFromTheSentencesWhenThereIsNoTitle() {
    assertEquals(
        "常德经济技术开发区",
        read("根据《条例》要求,现将常德经济技术开发区2020年政府信息公开工作年度报告向社会公布。").agency());
    assertEquals("西宁经济技术开发区", read("修订完善《西宁经济技术开发区政府信息公开指南》。").agency());
    assertEquals("平潭综合实验区", read("2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导。").agency());
  }

  @Test
  void hyphenatedNamesOfMergedUnitsAreNamesButBreadcrumbsAreNot() {
    // both are 统计用区划 township names (divisions.tsv.gz: 321203007, 321203100)
    assertEquals("泰州市高港区化学新材料产业园-沿江街道",
        read("泰州市高港区化学新材料产业园-沿江街道2020年度政府信息公开工作年度报告").agency());
    assertEquals("港口物流产业园-永安洲镇", read("港口物流产业园－永安洲镇2021年政府信息公开工作年度报告").agency());
    assertEquals("某某市财政局", read("政务公开-某某市财政局2021年政府信息公开工作年度报告").agency());
    assertNull(read("首页-2021年政府信息公开工作年度报告").agency());
  }

  @Test
  void yearFromMentionsIsMarkedInferred() {
    MetadataReader.Metadata m = read("2022年,开发区坚持推进。", "2022年开发区门户网站发布信息。", "2023年将继续。");
    assertEquals(2022, m.year());
    assertTrue(m.yearInferred());
    assertNull(m.agency());
  }
}
