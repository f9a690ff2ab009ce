package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Template;

/** Turns a {@link Body} into a {@link Report}: metadata, tables, narrative facts, then the self-checks. */
final class ReportExtractor {

  private ReportExtractor() {}

  static ParseResult extract(Body body, String source, String sha256) {
    List<Fact> facts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(body.findings());
    return ParseResult.of(
        new Report(
            source,
            sha256,
            null,
            null,
            Template.UNKNOWN,
            body.form(),
            body.publicationDate(),
            body.title(),
            body.charset(),
            facts,
            findings,
            ReportParser.VERSION));
  }
}
