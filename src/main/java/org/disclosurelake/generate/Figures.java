package org.disclosurelake.generate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.disclosurelake.report.Template;

/**
 * The numbers one generated report prints: every fact key with the text of its cell (or phrase), in document
 * order. A blank cell is printed as "" and has no value.
 *
 * @param template the template the report follows
 * @param year the statistics year
 * @param cells fact key → printed cell
 * @param table2 the template whose layout 表二 follows: the report's own, or the other one in a mixed report
 */
record Figures(Template template, int year, Map<String, Printed> cells, Template table2) {

  /** A printed figure: its value (null when blank) and the text the document shows. */
  record Printed(BigDecimal value, String text) {

    static Printed of(long v) {
      return new Printed(BigDecimal.valueOf(v), Long.toString(v));
    }
  }

  Figures {
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  Figures(Template template, int year, Map<String, Printed> cells) {
    this(template, year, cells, template);
  }

  /** The stated values, in document order. */
  Map<String, BigDecimal> values() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    cells.forEach((k, p) -> {
      if (p.value() != null) {
        out.put(k, p.value());
      }
    });
    return out;
  }

  /** The printed text of a key, "" when the key is not printed. */
  String text(String key) {
    Printed p = cells.get(key);
    return p == null ? "" : p.text();
  }

  long count(String key) {
    Printed p = cells.get(key);
    return p == null || p.value() == null ? 0 : p.value().longValueExact();
  }

  /** A copy with one cell replaced. */
  Figures with(String key, Printed p) {
    return with(Map.of(key, p));
  }

  /** A copy with these cells replaced (their order in the document kept). */
  Figures with(Map<String, Printed> changes) {
    Map<String, Printed> m = new LinkedHashMap<>(cells);
    m.putAll(changes);
    return new Figures(template, year, m, table2);
  }
}
