package org.disclosurelake.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short forms of division names: suffixes stripped with care. */
class AgencyShortNamesTest {

  @ParameterizedTest
  @CsvSource({
      "江苏省, 江苏", "上海市, 上海", "内蒙古自治区, 内蒙古", "广西壮族自治区, 广西", "新疆维吾尔自治区, 新疆",
      "香港特别行政区, 香港", "恩施土家族苗族自治州, 恩施", "大兴安岭地区, 大兴安岭", "锡林郭勒盟, 锡林郭勒",
      "大通回族土族自治县, 大通", "积石山保安族东乡族撒拉族自治县, 积石山", "平潭县, 平潭", "洪泽区, 洪泽",
      "太仆寺旗, 太仆寺", "珠街街道, 珠街", "漓东街道办事处, 漓东", "深州市, 深州",
      "平潭综合实验区, ''", "浦东新区, ''", "常德市西洞庭管理区, ''", "景县, ''", "城区, ''"})
  void strips(String full, String expected) {
    assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), ShortNames.of(full));
  }
}
