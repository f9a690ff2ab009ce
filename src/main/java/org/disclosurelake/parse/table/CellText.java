package org.disclosurelake.parse.table;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurelake.report.Semantics;

/**
 * What one cell's text says: a number (with sign words such as "减105", units such as "7700万" or "251000元",
 * thousands separators), an explicit zero, a blank, "not applicable" ("/", "—", "无") or other text.
 *
 * @param semantics the kind of statement
 * @param value the value in the cell's own unit, null unless a number
 * @param unit "万" or "元" when the cell names its unit, else ""
 * @param raw the cell text as found
 */
record CellText(Semantics semantics, BigDecimal value, String unit, String raw) {

  // sign word or sign, digits with optional separators and one decimal point, optional unit
  private static final Pattern NUMBER =
      Pattern.compile("^(减|增加|增|减少|[-+])?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|万|元|亿元|件|条|个|项)?$");

  static CellText parse(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (isPlainInteger(s)) {
      // the common case, without the regular expression
      BigDecimal v = BigDecimal.valueOf(Long.parseLong(s)); // at most 18 digits: fits a long, scale 0
      return new CellText(v.signum() == 0 ? Semantics.ZERO : Semantics.NUMBER, v.signum() == 0 ? BigDecimal.ZERO : v, "", s);
    }
    if (s.isEmpty()) {
      return new CellText(Semantics.BLANK, null, "", raw == null ? "" : raw);
    }
    if (isNotApplicable(s)) {
      return new CellText(Semantics.NOT_APPLICABLE, null, "", s);
    }
    Matcher m = NUMBER.matcher(s);
    if (!m.matches()) {
      return new CellText(Semantics.TEXT, null, "", s);
    }
    String digits = m.group(2).replace(",", "");
    BigDecimal v = new BigDecimal(digits);
    String sign = m.group(1);
    if (sign != null && (sign.startsWith("减") || sign.equals("-"))) {
      v = v.negate();
    }
    String unit = m.group(3) == null ? "" : m.group(3);
    if (unit.startsWith("万")) {
      unit = "万";
    } else if (unit.equals("元")) {
      unit = "元";
    } else if (unit.startsWith("亿")) {
      unit = "亿";
    } else {
      unit = "";
    }
    v = v.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return new CellText(v.signum() == 0 ? Semantics.ZERO : Semantics.NUMBER, v.signum() == 0 ? BigDecimal.ZERO : v, unit, s);
  }

  /** Digits only, no leading zero (a lone "0" is fine), at most 18 of them. */
  private static boolean isPlainInteger(String s) {
    int n = s.length();
    if (n == 0 || n > 18 || (n > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isNotApplicable(String s) {
    switch (s) {
      case "/":
      case "／":
      case "-":
      case "--":
      case "—":
      case "——":
      case "－":
      case "无":
      case "\\":
      case "*":
      case "×":
        return true;
      default:
        return false;
    }
  }

  boolean hasValue() {
    return semantics.hasValue();
  }
}
