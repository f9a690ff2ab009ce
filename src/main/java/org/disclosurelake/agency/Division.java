package org.disclosurelake.agency;

import java.util.Objects;

/**
 * One administrative division from the gazetteer.
 *
 * @param code the code padded to GB/T 2260 width: 6 digits for province (110000), city (110100) and county,
 *     9 digits for a township as the NBS data gives it
 * @param name the full name (淮安市, 洪泽区, 珠街街道)
 * @param level province, city, county or township
 * @param parentCode the parent's code, or null for a province
 */
public record Division(String code, String name, AdminLevel level, String parentCode) {

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    if (level == AdminLevel.NATIONAL) {
      throw new IllegalArgumentException("Cannot make a division of level national: " + code);
    }
  }

  /** True for the grouping rows that are no place of their own: 市辖区, 县, 省直辖县级行政区划. */
  public boolean isPlaceholder() {
    return name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划");
  }

  /**
   * True for a county-level code that NBS assigns to a development or management zone (5th digit 7,
   * e.g. 320871 淮安经济技术开发区): such codes are statistical only, GB/T 2260 does not contain them.
   */
  public boolean isStatisticalZone() {
    return level == AdminLevel.COUNTY && code.charAt(4) == '7';
  }
}
