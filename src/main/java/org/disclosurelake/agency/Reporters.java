package org.disclosurelake.agency;

import java.util.List;

/** Normalises the organ part of an agency name (what follows the region) and classifies the reporter. */
final class Reporters {

  static final String GOVERNMENT = "人民政府";
  static final String STREET_OFFICE = "办事处";
  static final String ZONE_COMMITTEE = "管理委员会";

  /** Endings of departments: bureaus, commissions, offices and the like. */
  private static final List<String> DEPARTMENT_ENDINGS = List.of(
      "局", "委员会", "委", "厅", "办公室", "办", "中心", "署", "部", "处", "所", "队", "站", "馆", "总队", "支队");

  private Reporters() {}

  /**
   * The reporter's canonical form: the governing body when the string names only the place (咸阳市 → 人民政府,
   * 珠街街道 → 办事处, a zone → 管理委员会), with 政府 and 街道办事处 spelt out.
   */
  static String normalize(String rest, Division place, boolean zone) {
    String r = rest;
    if (place != null && place.level() == AdminLevel.TOWNSHIP) {
      r = stripPrefix(r, "街道办事处", "街道", "办事处");
      if (r.isEmpty() || r.equals(GOVERNMENT)) {
        return place.name().endsWith("街道") || place.name().endsWith("办事处") ? STREET_OFFICE : GOVERNMENT;
      }
    }
    if (zone && (r.isEmpty() || r.equals(ZONE_COMMITTEE) || r.equals("党工委管理委员会"))) {
      return ZONE_COMMITTEE;
    }
    if (r.isEmpty() || r.equals("政府")) {
      return GOVERNMENT;
    }
    if (r.startsWith("政府办公")) {
      return "人民" + r;
    }
    return r;
  }

  /** The kind of body, from the normalised reporter and what the region is. */
  static ReporterType classify(String reporter, Division place, boolean zone) {
    boolean township = place != null && place.level() == AdminLevel.TOWNSHIP;
    if (reporter.equals(GOVERNMENT) || reporter.equals(STREET_OFFICE)) {
      return township ? ReporterType.TOWNSHIP_STREET : ReporterType.GOVERNMENT;
    }
    if (reporter.equals(ZONE_COMMITTEE) && zone) {
      return ReporterType.DEVELOPMENT_ZONE;
    }
    if (reporter.startsWith("人民政府办公") || reporter.equals("办公厅")) {
      return ReporterType.GOVERNMENT_OFFICE;
    }
    for (String w : RegionChains.ZONE_WORDS) {
      if (reporter.endsWith(w) || reporter.endsWith(w + ZONE_COMMITTEE)) {
        return ReporterType.DEVELOPMENT_ZONE;
      }
    }
    for (String e : DEPARTMENT_ENDINGS) {
      if (reporter.endsWith(e)) {
        return ReporterType.DEPARTMENT;
      }
    }
    return ReporterType.OTHER;
  }

  private static String stripPrefix(String s, String... prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return s.substring(p.length());
      }
    }
    return s;
  }
}
