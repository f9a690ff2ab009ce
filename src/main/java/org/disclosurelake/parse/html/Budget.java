package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;

/**
 * The size limits that keep pathological pages (deeply nested tables, megabytes of digits, huge spans) in bounded
 * time, and the {@link FindingCode#BUDGET} findings recorded when one of them cuts the page short, one per limit.
 */
final class Budget {

  /** Decoded characters parsed; the rest of a larger page is dropped. */
  static final int MAX_INPUT_CHARS = 32 << 20;
  /** Rows kept per table. */
  static final int MAX_ROWS = 5_000;
  /** Grid columns kept per table. */
  static final int MAX_COLS = 200;
  /** Largest rowspan or colspan honoured. */
  static final int MAX_SPAN = 1_000;
  /** Layout tables nested deeper than this are read as data tables, their inner tables flattened into cells. */
  static final int MAX_TABLE_NESTING = 32;
  /** Characters kept per table cell. */
  static final int MAX_CELL_CHARS = 100_000;
  /** Characters kept per text line. */
  static final int MAX_LINE_CHARS = 256 * 1024;
  /** Characters kept over all lines. */
  static final long MAX_OUTPUT_CHARS = 16L << 20;

  private final Map<String, String> exceeded = new LinkedHashMap<>();

  /** Records that a limit cut something; only the first message per limit is kept. */
  void exceed(String limit, String message) {
    exceeded.putIfAbsent(limit, message);
  }

  boolean exceeded(String limit) {
    return exceeded.containsKey(limit);
  }

  List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (String message : exceeded.values()) {
      out.add(Finding.of(FindingCode.BUDGET, message));
    }
    return out;
  }
}
