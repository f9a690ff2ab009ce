package org.disclosurelake.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurelake.report.Fact;
import org.junit.jupiter.api.Test;

class NarrativeReaderTest {

  private static Map<String, Fact> read(boolean pre, String... lines) {
    return NarrativeReader.read(List.of(lines), pre).stream().collect(Collectors.toMap(Fact::key, f -> f));
  }

  @Test
  void proactiveTotalAndChannels() {
    Map<String, Fact> f =
        read(false, "2020年通过门户网站、微信公众号等方式主动公开政府信息2474条，其中通过门户网站公开政府信息1651条，通过微信公众号公开政府信息698条。");
    assertEquals(2474, f.get("proactive.total").value().intValue());
    assertEquals(1651, f.get("proactive.website").value().intValue());
    assertEquals(698, f.get("proactive.wechat").value().intValue());
    assertFalse(f.get("proactive.total").approximate());
  }

  @Test
  void theOverallFigureNotACategory() {
    Map<String, Fact> f = read(false, "共公布政府信息2602条(其中机构职能类信息82条，其他应主动公开政府信息1053条)。");
    assertEquals(2602, f.get("proactive.total").value().intValue());
  }

  @Test
  void approximateFiguresAreFlagged() {
    Fact f = read(false, "市政府网站主动公开各类政府信息5500余条。").get("proactive.total");
    assertEquals(5500, f.value().intValue());
    assertTrue(f.approximate());
  }

  @Test
  void preTemplateApplicationsAndZeroPhrases() {
    Map<String, Fact> f =
        read(true, "全年受理公民、法人和其他组织政府信息公开申请201件，不予公开信息5件。",
            "2017年，我市没有发生政府信息依申请公开引起行政复议及行政诉讼的情况。");
    assertEquals(201, f.get("t3.new.total").value().intValue());
    assertEquals(5, f.get("t3.denied.total").value().intValue());
    assertEquals(0, f.get("t4.review.total").value().intValue());
    assertEquals(0, f.get("t4.suit.total").value().intValue());
    assertTrue(read(true, "2018年未收到有关政府信息公开申请。").get("t3.new.total").value().signum() == 0);
  }

  @Test
  void hotlineFiguresAreNoApplications() {
    assertFalse(read(true, "截至目前共收到15564件咨询投诉件，已办结15042件。").containsKey("t3.processed.total"));
  }
}
