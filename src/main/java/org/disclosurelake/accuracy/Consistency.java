package org.disclosurelake.accuracy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;
import org.disclosurelake.report.Template;
import org.disclosurelake.report.Vocabulary;

/**
 * What a parse says about itself, without labels: whether agency, year and template were found, whether 表三 and
 * 表四 are complete, and whether every finding is one the document's own printed numbers cause (an arithmetic check
 * failing on values read without ambiguity) rather than a reading problem.
 *
 * @param source the document
 * @param rejection the rejection reason, or null when parsed
 * @param agency whether an agency was found
 * @param year whether a year was found
 * @param template whether a template was found
 * @param templated whether the template has 表三/表四 (2019 or 2021)
 * @param missingT3 表三 keys of the template without a fact (a value, a blank or n.a. cell); empty when not templated
 * @param missingT4 表四 keys without a fact; empty when not templated
 * @param findings every finding code, in the report's order
 * @param firstProblem the first reason the document is not consistent, or null when it is
 */
public record Consistency(
    String source,
    String rejection,
    boolean agency,
    boolean year,
    boolean template,
    boolean templated,
    List<String> missingT3,
    List<String> missingT4,
    List<String> findings,
    String firstProblem) {

  /**
   * Findings that say the document's own printed numbers disagree (domain.md §4): not a reading failure as long as
   * nothing was read ambiguously.
   */
  static final Set<FindingCode> OWN_NUMBERS =
      Set.of(FindingCode.T3_BAL, FindingCode.T3_OUT, FindingCode.T3_ROW, FindingCode.T4_SUM, FindingCode.NONNEG,
          FindingCode.TXT_TAB);

  /**
   * Findings that say how a value was settled, not that it could not be: an amount read in the unit its header
   * states (UNIT), rows matched by their order with the arithmetic still checked (STITCHED), a value the prose
   * states for a blank or ambiguous cell (FROM_TEXT), a cumulative column beside the annual one (CUMULATIVE). By code,
   * so that the list holds whichever of them the parser has.
   */
  static final Set<String> NOTES = Set.of("UNIT", "STITCHED", "FROM_TEXT", "CUMULATIVE");

  /** Cell semantics that make a 表三/表四 position complete: the document printed something there. */
  private static final Set<Semantics> STATED =
      Set.of(Semantics.NUMBER, Semantics.ZERO, Semantics.BLANK, Semantics.NOT_APPLICABLE);

  public Consistency {
    missingT3 = List.copyOf(missingT3);
    missingT4 = List.copyOf(missingT4);
    findings = List.copyOf(findings);
  }

  public boolean consistent() {
    return firstProblem == null;
  }

  /** True when every finding is an arithmetic check on the document's own numbers or a note (or there is none). */
  public boolean checksPassOrOwnNumbers() {
    return rejection == null && findings.stream().noneMatch(Consistency::readingProblem);
  }

  /** A finding code that says something could not be read (not the document's own numbers, not a note). */
  static boolean readingProblem(String code) {
    return !NOTES.contains(code) && OWN_NUMBERS.stream().noneMatch(o -> o.code().equals(code));
  }

  public boolean t3Complete() {
    return rejection == null && templated && missingT3.isEmpty();
  }

  public boolean t4Complete() {
    return rejection == null && templated && missingT4.isEmpty();
  }

  static Consistency of(String source, ParseResult r) {
    if (r.isRejected()) {
      String why = r.rejection().reason();
      return new Consistency(source, why, false, false, false, false, List.of(), List.of(), List.of(), "rejected: " + why);
    }
    Report rep = r.report();
    Template t = rep.template();
    boolean templated = t == Template.T2019 || t == Template.T2021;
    Map<String, Semantics> stated = new java.util.HashMap<>();
    for (Fact f : rep.facts()) {
      stated.put(f.key(), f.semantics());
    }
    List<String> t3 = new ArrayList<>();
    List<String> t4 = new ArrayList<>();
    if (templated) {
      for (String row : t3Rows(t, stated)) {
        for (String col : Vocabulary.T3_COLUMNS) {
          missing(stated, Vocabulary.t3(row, col), t3);
        }
      }
      for (String block : Vocabulary.T4_BLOCKS) {
        for (String col : Vocabulary.T4_COLUMNS) {
          missing(stated, Vocabulary.t4(block, col), t4);
        }
      }
    }
    List<String> codes = rep.findings().stream().map(f -> f.code().code()).toList();
    String problem = firstProblem(rep, templated, t3, t4);
    return new Consistency(source, null, rep.agency() != null, rep.year() != null, t != Template.UNKNOWN, templated,
        t3, t4, codes, problem);
  }

  /**
   * The template's 表三 rows, except that （六）其他处理 may be printed either way: as one row (2019) or as three
   * sub-rows (2021); real reports mix the two, and either is a complete table.
   */
  private static List<String> t3Rows(Template t, Map<String, Semantics> stated) {
    List<String> own = Vocabulary.t3Rows(t);
    Template other = t == Template.T2021 ? Template.T2019 : Template.T2021;
    List<String> mixed = Vocabulary.t3Rows(other);
    List<String> ownMissing = new ArrayList<>();
    List<String> mixedMissing = new ArrayList<>();
    for (String col : Vocabulary.T3_COLUMNS) {
      own.forEach(row -> missing(stated, Vocabulary.t3(row, col), ownMissing));
      mixed.forEach(row -> missing(stated, Vocabulary.t3(row, col), mixedMissing));
    }
    return mixedMissing.size() < ownMissing.size() ? mixed : own;
  }

  private static void missing(Map<String, Semantics> stated, String key, List<String> out) {
    Semantics s = stated.get(key);
    if (s == null || !STATED.contains(s)) {
      out.add(key);
    }
  }

  /** The first reading finding, else the first thing not found, else null. */
  private static String firstProblem(Report rep, boolean templated, List<String> t3, List<String> t4) {
    for (Finding f : rep.findings()) {
      if (readingProblem(f.code().code())) {
        return f.code().code() + " " + f.message();
      }
    }
    if (rep.agency() == null) {
      return "no agency";
    }
    if (rep.year() == null) {
      return "no year";
    }
    if (rep.template() == Template.UNKNOWN) {
      return "no template";
    }
    if (templated && !t3.isEmpty()) {
      return "表三 incomplete: " + t3.size() + " cells missing, first " + t3.get(0);
    }
    if (templated && !t4.isEmpty()) {
      return "表四 incomplete: " + t4.size() + " cells missing, first " + t4.get(0);
    }
    return null;
  }
}
