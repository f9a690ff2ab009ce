package org.disclosurelake.accuracy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;

/**
 * Compares one parse result with its expected file, field by field.
 *
 * @param source the document
 * @param checked how many expected statements were checked
 * @param mismatches one line per statement that did not hold: "field: expected X, got Y"
 * @param factsChecked how many expected facts (and absences) were checked
 * @param factsWrong how many of those did not hold
 * @param ambiguity how the cells the document leaves undecided (glued digits it does not settle) were read
 * @param silentWrong values given that are wrong (a different number, or a number where none is stated or the
 *     digits are not settled) in a report without any finding: the outcome this tool must never produce
 */
public record Comparison(
    String source, int checked, List<String> mismatches, int factsChecked, int factsWrong, Ambiguity ambiguity,
    int silentWrong) {

  /** Finding codes that note how a value was read, ignored unless the expectation lists them. */
  static final Set<String> UNLISTED_NOTES = Set.of("STITCHED", "FROM_TEXT");


  /**
   * The expected-ambiguous cells of one document: left empty with an AMBIGUOUS_SPLIT finding naming them (right),
   * given a value (wrong: a guess), or left empty without such a finding (no wrong number, but nothing says why).
   */
  public record Ambiguity(int expected, int flagged, int valued, int unflagged) {

    static final Ambiguity NONE = new Ambiguity(0, 0, 0, 0);

    Ambiguity plus(Ambiguity o) {
      return new Ambiguity(expected + o.expected, flagged + o.flagged, valued + o.valued, unflagged + o.unflagged);
    }
  }

  public Comparison {
    mismatches = List.copyOf(mismatches);
  }

  public boolean ok() {
    return mismatches.isEmpty();
  }

  public static Comparison of(String source, Expected e, ParseResult r) {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    if (e.expectsRejection() || r.isRejected()) {
      checked++;
      String got = r.isRejected() ? "rejected: " + r.rejection().reason() : "parsed";
      String want = e.expectsRejection() ? "rejected: " + e.rejected() : "parsed";
      if (!got.equals(want)) {
        bad.add("outcome: expected " + want + ", got " + got);
      }
      return new Comparison(source, checked, bad, 0, 0, Ambiguity.NONE, 0);
    }
    Report rep = r.report();
    checked += field(bad, "agency", e.agency(), rep.agency());
    checked += field(bad, "year", e.year(), rep.year());
    checked += field(bad, "template", e.template(), rep.template().code());
    Map<String, BigDecimal> got = rep.values();
    int wrong = 0;
    int valuedWrong = 0;
    for (Map.Entry<String, BigDecimal> f : e.facts().entrySet()) {
      BigDecimal g = got.get(f.getKey());
      if (g == null || g.compareTo(f.getValue()) != 0) {
        bad.add(f.getKey() + ": expected " + f.getValue().toPlainString() + ", got " + (g == null ? "nothing" : g.toPlainString()));
        wrong++;
        valuedWrong += g == null ? 0 : 1;
      }
    }
    for (String k : e.absent()) {
      if (got.containsKey(k)) {
        bad.add(k + ": expected no value, got " + got.get(k).toPlainString());
        wrong++;
        valuedWrong++;
      }
    }
    int facts = e.facts().size() + e.absent().size();
    checked += facts;
    Ambiguity ambiguity = ambiguity(bad, e, rep, got);
    checked += ambiguity.expected();
    valuedWrong += ambiguity.valued();
    if (e.findings() != null) {
      checked++;
      Set<String> codes = new TreeSet<>();
      for (Finding f : rep.findings()) {
        // notes on how a value was read (rows matched by order, a prose figure settling a cell) are compared only
        // where the expectation names them: a truth written without knowing the reader's path cannot list them
        if (!UNLISTED_NOTES.contains(f.code().code()) || e.findings().contains(f.code().code())) {
          codes.add(f.code().code());
        }
      }
      if (!codes.equals(new TreeSet<>(e.findings()))) {
        bad.add("findings: expected " + new TreeSet<>(e.findings()) + ", got " + codes + " " + messages(rep));
      }
    }
    return new Comparison(source, checked, bad, facts, wrong, ambiguity, rep.findings().isEmpty() ? valuedWrong : 0);
  }

  private static Ambiguity ambiguity(List<String> bad, Expected e, Report rep, Map<String, BigDecimal> got) {
    Set<String> flagged = new TreeSet<>();
    boolean anyFlag = false;
    for (Finding f : rep.findings()) {
      if (f.code() == org.disclosurelake.report.FindingCode.AMBIGUOUS_SPLIT) {
        flagged.addAll(f.keys());
        anyFlag = true;
      }
    }
    int right = 0;
    int valued = 0;
    int unflagged = 0;
    for (String k : new TreeSet<>(e.ambiguous())) {
      if (got.containsKey(k)) {
        bad.add(k + ": expected no value (glued digits not settled), got " + got.get(k).toPlainString());
        valued++;
      } else if (flagged.contains(k) || anyFlag && flagged.isEmpty()) {
        right++;
      } else {
        unflagged++;
      }
    }
    return new Ambiguity(e.ambiguous().size(), right, valued, unflagged);
  }

  private static int field(List<String> bad, String name, Object want, Object got) {
    if (want == null) {
      return 0;
    }
    if (!Objects.equals(String.valueOf(want), String.valueOf(got))) {
      bad.add(name + ": expected " + want + ", got " + got);
    }
    return 1;
  }

  private static String messages(Report rep) {
    List<String> m = new ArrayList<>();
    for (Finding f : rep.findings()) {
      m.add(f.code().code() + " " + f.message());
    }
    return m.toString();
  }
}
