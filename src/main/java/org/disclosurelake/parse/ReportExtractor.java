package org.disclosurelake.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.disclosurelake.parse.table.CompactText;
import org.disclosurelake.parse.table.LegacyStatsReader;
import org.disclosurelake.parse.table.Table2Reader;
import org.disclosurelake.parse.table.Table3Reader;
import org.disclosurelake.parse.table.Table4Reader;
import org.disclosurelake.parse.table.TableSink;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Rejection;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;
import org.disclosurelake.report.Template;

/** Turns a {@link Body} into a {@link Report}: metadata, tables, narrative facts, then the self-checks. */
final class ReportExtractor {

  // a report without a single figure is only a report if it has prose; a title or link page is not
  private static final int MIN_REPORT_CHARS = 300;

  private ReportExtractor() {}

  static ParseResult extract(Body body, String source, String sha256, long size) {
    CompactText text = new CompactText(body.text());
    if (!looksLikeReport(text, body.title())) {
      return ParseResult.rejected(
          new Rejection(source, sha256, size, "not a disclosure report: no 政府信息公开 annual-report title or tables",
              body.form().code()));
    }
    MetadataReader.Metadata meta = MetadataReader.read(body);
    TableSink tables = new TableSink();
    int t3End = Table3Reader.read(text, body.lines(), tables);
    Template template = TemplateDetector.detect(text, t3End >= 0, meta.year());
    int t3Start = t3End >= 0 ? text.indexOf("本年新收", 0, text.length()) : text.length();
    List<Fact> narrative = NarrativeReader.read(body.lines(), NarrativeReader.Scope.ALL);
    Table2Reader.read(text, t3Start, template, values(narrative), tables);
    boolean hasT4 = Table4Reader.read(text, Math.max(0, t3End), tables);
    boolean legacyTable = false;
    if (t3End < 0) {
      legacyTable = LegacyStatsReader.read(text, values(narrative), tables);
    }
    List<Fact> facts = new ArrayList<>(tables.facts());
    List<Finding> crossChecks = new ArrayList<>();
    mergeNarrative(facts, narrative, t3End >= 0, crossChecks);
    boolean anyValue = facts.stream().anyMatch(Fact::hasValue);
    if (!anyValue && meta.agency() == null && meta.year() == null) {
      return ParseResult.rejected(
          new Rejection(source, sha256, size, "not a disclosure report: no agency, year or figure found",
              body.form().code()));
    }
    if (!anyValue && text.length() < MIN_REPORT_CHARS) {
      return ParseResult.rejected(
          new Rejection(source, sha256, size,
              "no report content: a title or a link without tables, figures or text", body.form().code()));
    }
    List<Finding> findings = new ArrayList<>(body.findings());
    findings.addAll(tables.findings());
    findings.addAll(crossChecks);
    if (t3End >= 0 && !hasT4) {
      findings.add(Finding.of(FindingCode.SHAPE, "表三 found but no 表四 (行政复议/行政诉讼 table)"));
    }
    if (meta.agency() == null) {
      findings.add(Finding.of(FindingCode.NO_AGENCY, "no agency name in the title, the text or the 指南 title"));
    } else if (meta.agencyFromContact()) {
      findings.add(
          Finding.of(
              FindingCode.AGENCY_UNSURE,
              "agency " + meta.agency() + " read from the contact sentence only; it may name an office of the reporter"));
    }
    if (meta.year() == null) {
      findings.add(Finding.of(FindingCode.NO_YEAR, "no statistics period, title year or year mention"));
    } else if (meta.yearInferred()) {
      findings.add(
          Finding.of(
              FindingCode.YEAR_INFERRED,
              "no statistics period or titled year; " + meta.year() + " is the year the text mentions most"));
    }
    Report draft =
        new Report(source, sha256, meta.agency(), meta.year(), template, body.form(), meta.publicationDate(),
            meta.title(), body.charset(), facts, List.of(), ReportParser.VERSION);
    boolean answersInferred = facts.stream()
        .anyMatch(f -> f.key().equals("t3.processed.total") && f.hasValue() && !f.raw().matches("(?s).*\\d.*"));
    for (Finding f : Checks.run(draft.values())) {
      // "申请均全部答复" gives the answers' count as the applications' count, which the prose's outcome figures
      // (often only some of them) are no check of
      if (f.code() != FindingCode.T3_OUT || t3End >= 0 || legacyTable || !answersInferred) {
        findings.add(f);
      }
    }
    return ParseResult.of(draft.with(facts, findings));
  }

  /**
   * Adds prose figures the tables do not state; where both state a key and disagree, records TXT-TAB. When the
   * report prints 表三, its prose figures about applications and disputes only fill cells the table leaves blank
   * (FROM_TEXT): the table is the report's statement of them, and prose counts such as "收到申请75件" often mean
   * new plus carried-over applications.
   */
  private static void mergeNarrative(List<Fact> facts, List<Fact> narrative, boolean tabled, List<Finding> out) {
    Map<String, Integer> at = new HashMap<>(2 * (facts.size() + narrative.size()));
    Set<String> rowsRead = new HashSet<>();
    for (int i = 0; i < facts.size(); i++) {
      at.put(facts.get(i).key(), i);
      rowsRead.add(row(facts.get(i).key()));
    }
    for (Fact n : narrative) {
      Integer i = at.get(n.key());
      Fact t = i == null ? null : facts.get(i);
      boolean applications = n.key().startsWith("t3.") || n.key().startsWith("t4.");
      if (tabled && applications) {
        if (t != null && t.semantics() == Semantics.BLANK && !n.approximate()) {
          facts.set(i, n);
          out.add(
              Finding.of(
                  FindingCode.FROM_TEXT,
                  String.format(
                      "%s: the table leaves the cell blank; the text says %s (\"%s\")",
                      n.key(), n.value().toPlainString(), n.raw()),
                  List.of(n.key())));
        }
      } else if (t == null && rowsRead.contains(row(n.key()))) {
        continue; // the table read the row and left this cell undecided: the prose is no reading of the glued digits
      } else if (t == null) {
        at.put(n.key(), facts.size());
        facts.add(n);
      } else if (t.hasValue() && n.value().compareTo(t.value()) != 0 && !n.approximate()) {
        out.add(
            Finding.of(
                FindingCode.TXT_TAB,
                String.format(
                    "%s: the text says %s (\"%s\") but the table says %s",
                    n.key(), n.value().toPlainString(), n.raw(), t.value().toPlainString()),
                List.of(n.key())));
      }
    }
  }

  /**
   * "t2.norms" of "t2.norms.valid": the table row a key belongs to. A key of two parts ("proactive.website") is a row
   * of its own: the 统计表's 主动公开信息数 row says nothing of the channels the prose counts.
   */
  private static String row(String key) {
    int dot = key.lastIndexOf('.');
    return dot < 0 || key.indexOf('.') == dot ? key : key.substring(0, dot);
  }

  private static Map<String, BigDecimal> values(List<Fact> facts) {
    Map<String, BigDecimal> out = new HashMap<>();
    facts.stream().filter(Fact::hasValue).forEach(f -> out.put(f.key(), f.value()));
    return out;
  }

  /**
   * A report prints a disclosure table, or calls itself a 政府信息公开 annual report; an ordinary page that merely
   * links to 政府信息公开 in its menu does neither.
   */
  private static boolean looksLikeReport(CompactText t, String title) {
    if (title != null && title.contains("信息公开") && (title.contains("年度报告") || title.contains("年报"))) {
      return true;
    }
    int n = t.length();
    boolean tables = t.indexOf("本年新收", 0, n) >= 0 || t.indexOf("第二十条", 0, n) >= 0 || t.indexOf("结果维持", 0, n) >= 0;
    boolean annualReport =
        t.indexOf("信息公开", 0, n) >= 0 && (t.indexOf("年度报告", 0, n) >= 0 || t.indexOf("年报", 0, n) >= 0);
    return tables || annualReport;
  }
}
