package org.disclosurelake.agency;

import java.util.List;
import java.util.Optional;

/**
 * Derives the short name a division is also written by (江苏省 → 江苏, 恩施土家族苗族自治州 → 恩施), carefully: a
 * zone-like name (平潭综合实验区, 滨海新区) keeps no short name, so it can never collapse onto a county (平潭县).
 */
final class ShortNames {

  /** Longest first, so 自治县 is tried before 县. */
  private static final List<String> SUFFIXES = List.of(
      "特别行政区", "街道办事处", "自治区", "自治州", "自治县", "自治旗", "办事处", "地区", "街道", "苏木",
      "省", "市", "盟", "区", "县", "旗", "镇", "乡");

  /** Names ending so are zones or generic areas, not a place name plus a level word. */
  private static final List<String> NO_SHORT_FORM = List.of(
      "新区", "管理区", "开发区", "实验区", "试验区", "示范区", "园区", "矿区", "林区", "工业区", "合作区", "城区", "郊区");

  /** The ethnic groups named in autonomous areas (汉 never is); stripped from the end after 自治X. */
  private static final List<String> ETHNIC = List.of(
      "维吾尔", "哈萨克族", "柯尔克孜族", "乌孜别克族", "塔吉克族", "塔塔尔族", "俄罗斯族", "鄂伦春族", "达斡尔族",
      "鄂温克族", "土家族", "布依族", "朝鲜族", "哈尼族", "傈僳族", "拉祜族", "纳西族", "景颇族", "仫佬族", "毛南族",
      "仡佬族", "锡伯族", "阿昌族", "普米族", "东乡族", "撒拉族", "布朗族", "德昂族", "保安族", "裕固族", "独龙族",
      "赫哲族", "门巴族", "珞巴族", "基诺族", "高山族", "蒙古族", "回族", "藏族", "苗族", "彝族", "壮族", "满族",
      "侗族", "瑶族", "白族", "傣族", "黎族", "佤族", "畲族", "水族", "土族", "羌族", "京族", "怒族");

  private ShortNames() {}

  /** The short form of a full division name, if it has one of at least two characters. */
  static Optional<String> of(String fullName) {
    for (String zone : NO_SHORT_FORM) {
      if (fullName.endsWith(zone)) {
        return Optional.empty();
      }
    }
    for (String suffix : SUFFIXES) {
      if (fullName.endsWith(suffix) && fullName.length() > suffix.length()) {
        String stem = fullName.substring(0, fullName.length() - suffix.length());
        if (suffix.startsWith("自治")) {
          stem = stripEthnicGroups(stem);
        }
        return stem.length() >= 2 ? Optional.of(stem) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The suffix that {@link #of} strips from this name ("县" for 平潭县), or "" when none. */
  static String suffixOf(String fullName) {
    return of(fullName).map(s -> fullName.substring(s.length())).orElse("");
  }

  private static String stripEthnicGroups(String stem) {
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String group : ETHNIC) {
        if (stem.endsWith(group) && stem.length() - group.length() >= 2) {
          stem = stem.substring(0, stem.length() - group.length());
          stripped = true;
          break;
        }
      }
    }
    return stem.endsWith("各族") ? stem.substring(0, stem.length() - 2) : stem;
  }
}
