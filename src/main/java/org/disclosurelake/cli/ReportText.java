package org.disclosurelake.cli;

import java.util.Map;
import java.util.TreeMap;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;

/** A parse result as a few readable lines. */
final class ReportText {

  private static final String NONE = "-";

  private ReportText() {}

  static String describe(ParseResult result) {
    if (result.isRejected()) {
      Rejection r = result.rejection();
      return String.format(
          "%s%n  REJECTED  %s (detected: %s, %d bytes)%n  sha256    %s%n",
          r.source(), r.reason(), r.detectedType(), r.size(), r.sha256() == null ? "none (not read)" : r.sha256());
    }
    Report r = result.report();
    StringBuilder sb = new StringBuilder();
    sb.append(r.source()).append('\n');
    line(sb, "sha256", r.sha256());
    line(sb, "agency", r.agency() == null ? NONE : r.agency());
    line(sb, "year", r.year() == null ? NONE : r.year().toString());
    line(sb, "template", r.template().code());
    line(sb, "form", r.form().code() + (r.charset() == null ? "" : " (" + r.charset() + ")"));
    line(sb, "title", r.title() == null ? NONE : r.title());
    long stated = r.facts().stream().filter(Fact::hasValue).count();
    line(sb, "facts", r.facts().size() + " (" + stated + " with a value)");
    for (String key : new String[] {"t3.new.total", "t4.review.total", "proactive.total"}) {
      r.findValue(key).ifPresent(v -> line(sb, "  " + key, ReportJson.plain(v)));
    }
    Map<String, Integer> byCode = new TreeMap<>();
    for (Finding f : r.findings()) {
      byCode.merge(f.code().code(), 1, Integer::sum);
    }
    line(sb, "findings", byCode.isEmpty() ? "none" : byCode.toString());
    for (Finding f : r.findings()) {
      sb.append("    ").append(f.code().code()).append(": ").append(f.message()).append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append(String.format("  %-10s %s%n", label, value));
  }
}
