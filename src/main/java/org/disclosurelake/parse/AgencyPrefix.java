package org.disclosurelake.parse;

import java.util.List;
import org.disclosurelake.agency.Gazetteer;

/**
 * Completes a short agency name with the region the body places it in: a title may say "洪泽区人民政府" while the
 * body says "淮安市洪泽区人民政府办公室"; the full name is "淮安市洪泽区人民政府". Only a prefix that is the full name
 * of an administrative division (per the gazetteer) is taken, so "由淮安市" never becomes part of a name.
 */
final class AgencyPrefix {

  private static final int MAX_PREFIX = 8;
  private static final int MAX_SCAN = 200_000;

  private AgencyPrefix() {}

  static String complete(String agency, List<String> lines) {
    if (agency == null || startsWithDivision(agency)) {
      return agency;
    }
    int scanned = 0;
    for (String line : lines) {
      if ((scanned += line.length()) > MAX_SCAN) {
        break;
      }
      int at = line.indexOf(agency);
      while (at > 0) {
        String prefix = divisionEndingAt(line, at);
        if (prefix != null) {
          return prefix + agency;
        }
        at = line.indexOf(agency, at + 1);
      }
    }
    return agency;
  }

  /** The shortest division name that ends right before {@code end}, if any. */
  private static String divisionEndingAt(String line, int end) {
    for (int len = 2; len <= MAX_PREFIX && len <= end; len++) {
      String candidate = line.substring(end - len, end);
      if (!Character.isIdeographic(candidate.codePointAt(0))) {
        return null;
      }
      if (!Gazetteer.bundled().byFullName(candidate).isEmpty()) {
        return candidate;
      }
    }
    return null;
  }

  /** True when the name already opens with a division name (e.g. "淮安市…", "江苏省…"). */
  private static boolean startsWithDivision(String agency) {
    for (int len = 2; len <= Math.min(MAX_PREFIX, agency.length() - 1); len++) {
      String head = agency.substring(0, len);
      char last = head.charAt(head.length() - 1);
      if ((last == '省' || last == '市' || last == '州' || last == '盟' || last == '区')
          && !Gazetteer.bundled().byFullName(head).isEmpty()
          && !isCountyLevel(agency, len)) {
        return true;
      }
    }
    return false;
  }

  /** "洪泽区人民政府" opens with a county-level name only: a city may still stand before it. */
  private static boolean isCountyLevel(String agency, int len) {
    char last = agency.charAt(len - 1);
    return last == '区';
  }
}
