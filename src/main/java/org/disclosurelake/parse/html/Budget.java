package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurelake.parse.Limits;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;

/**
 * One page's reading within the {@link Limits.Html size limits} that keep pathological pages (deeply nested tables,
 * megabytes of digits, huge spans) in bounded time, and the {@link FindingCode#BUDGET} findings recorded when one of
 * them cuts the page short, one per limit.
 */
final class Budget {

  private final Limits.Html limits;
  private final Map<String, String> exceeded = new LinkedHashMap<>();

  Budget(Limits.Html limits) {
    this.limits = limits;
  }

  /** The limits this page is read within. */
  Limits.Html limits() {
    return limits;
  }

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
