package org.disclosurelake.agency;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans a raw agency name before matching: width, spaces, quotes, and report-title words around it. */
final class AgencyNames {

  private static final Pattern NOISE = Pattern.compile("[\\s\\u3000\\u00A0《》“”\"'‘’·•【】\\[\\]]");
  private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");
  private static final Pattern REPORT_TITLE =
      Pattern.compile("(\\d{4}年度?)?(政府信息公开)?(工作)?(年度)?报告$");

  private AgencyNames() {}

  /** NFKC (full-width to half-width), no blanks or quotes, no leading year, no trailing "…年度报告". */
  static String normalize(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    s = NOISE.matcher(s).replaceAll("");
    s = LEADING_YEAR.matcher(s).replaceFirst("");
    s = REPORT_TITLE.matcher(s).replaceFirst("");
    return s;
  }
}
