package org.disclosurelake.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disclosurelake.parse.ocr.OcrCell;
import org.disclosurelake.parse.ocr.ScannedDocument;
import org.disclosurelake.report.Fact;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.FindingCode;
import org.disclosurelake.report.ParseResult;
import org.disclosurelake.report.Report;
import org.disclosurelake.report.Semantics;

/**
 * Checks OCR readings by the template's arithmetic. A doubtful number cell (confidence below
 * {@link #LOW_CONFIDENCE}) whose reading breaks a check that one of its alternative readings satisfies (without
 * breaking another, and no other cell's reading doing as well) takes that reading, with an {@code OCR_CORRECTED}
 * finding; the one low-confidence reading of a check that still fails keeps no value ({@code OCR_UNREADABLE}). Readings
 * read confidently are kept even when a check fails: reports break their own arithmetic, and the check's finding
 * says so. Every fact is marked as read by OCR with its confidence.
 */
final class OcrVerifier {

  /** Below this tesseract confidence a reading is not trusted on its own. */
  static final double LOW_CONFIDENCE = OcrCell.TRUSTED;
  /** Cell i reads {@code SENTINEL + i} while tracing which fact came from which cell. */
  private static final long SENTINEL = 900_000_000L;
  private static final Set<FindingCode> ARITHMETIC =
      Set.of(FindingCode.T3_BAL, FindingCode.T3_OUT, FindingCode.T3_ROW, FindingCode.T4_SUM, FindingCode.NONNEG);
  private static final int MAX_CORRECTIONS = 40;

  private OcrVerifier() {}

  static ParseResult verify(ScannedDocument doc, String source, String sha, long size) {
    List<OcrCell> cells = doc.cells();
    String[] texts = cells.stream().map(OcrCell::text).toArray(String[]::new);
    ParseResult first = ReportExtractor.extract(doc.body(i -> texts[i]), source, sha, size);
    if (first.isRejected()) {
      return first;
    }
    Map<String, Integer> cellOf = trace(doc, source, sha, size);
    Map<String, BigDecimal> values = new LinkedHashMap<>(first.report().values());
    List<Finding> ocrFindings = new ArrayList<>();
    correct(cells, cellOf, values, texts, ocrFindings);
    Set<String> unreadable = unreadable(cells, cellOf, values, ocrFindings);

    ParseResult second = ReportExtractor.extract(doc.body(i -> texts[i]), source, sha, size);
    if (second.isRejected()) {
      return second;
    }
    Report r = second.report();
    List<Fact> facts = new ArrayList<>();
    Map<String, BigDecimal> kept = new LinkedHashMap<>();
    for (Fact f : r.facts()) {
      Integer cell = cellOf.get(f.key());
      Fact out = f;
      if (unreadable.contains(f.key())) {
        out = Fact.empty(f.key(), Semantics.TEXT, f.rowLabel(), f.columnLabel(), f.raw());
      }
      if (cell != null || doc.frame() == null) { // an HTML page's own text is not OCR
        out = out.readByOcr(cell != null ? cells.get(cell).confidence() : confidenceOf(doc, f));
      }
      facts.add(out);
      if (out.hasValue()) {
        kept.put(out.key(), out.value());
      }
    }
    lowConfidence(cells, cellOf, kept, ocrFindings);
    List<Finding> findings = new ArrayList<>();
    r.findings().stream().filter(f -> !ARITHMETIC.contains(f.code())).forEach(findings::add);
    findings.addAll(ocrFindings);
    findings.addAll(Checks.run(kept));
    // a scan's agency was read by OCR too; an HTML page's is its own text
    Optional<OcrAgency.Repair> agency = doc.frame() != null
        ? Optional.empty()
        : OcrAgency.confirm(r.agency(), String.join("\n", doc.body(i -> texts[i]).lines()));
    agency.ifPresent(a -> findings.add(Finding.of(FindingCode.OCR_CORRECTED, a.note())));
    Report out = r.with(facts, findings);
    return ParseResult.of(agency.map(a -> out.withAgency(a.agency())).orElse(out));
  }

  /**
   * Which number cell each table fact was read from: every number cell is given a unique reading
   * ({@code SENTINEL + index}) and the extraction run once more; a fact's value then names its cell.
   */
  private static Map<String, Integer> trace(ScannedDocument doc, String source, String sha, long size) {
    List<OcrCell> cells = doc.cells();
    ParseResult traced = ReportExtractor.extract(
        doc.body(i -> cells.get(i).number() && !cells.get(i).text().isEmpty()
            ? Long.toString(SENTINEL + i) : cells.get(i).text()), source, sha, size);
    Map<String, Integer> out = new HashMap<>();
    if (traced.isRejected()) {
      return out;
    }
    for (Fact f : traced.report().facts()) {
      if (!f.hasValue() || f.value().scale() > 0 && f.value().stripTrailingZeros().scale() > 0) {
        continue;
      }
      for (long unit : new long[] {1, 10_000}) { // an amount in 万 is converted to 元
        BigDecimal[] qr = f.value().divideAndRemainder(BigDecimal.valueOf(unit));
        if (qr[1].signum() != 0) {
          continue;
        }
        long i = qr[0].longValue() - SENTINEL;
        if (i >= 0 && i < cells.size() && cells.get((int) i).number()) {
          out.put(f.key(), (int) i);
          break;
        }
      }
    }
    return out;
  }

  /** Takes alternative readings that repair failed checks, one cell at a time, while one unambiguously helps. */
  private static void correct(List<OcrCell> cells, Map<String, Integer> cellOf, Map<String, BigDecimal> values,
      String[] texts, List<Finding> out) {
    for (int round = 0; round < MAX_CORRECTIONS; round++) {
      Set<String> failing = failing(values);
      if (failing.isEmpty()) {
        return;
      }
      List<Candidate> best = new ArrayList<>();
      int bestGain = 0;
      for (String key : keysOf(values, failing, cellOf)) {
        OcrCell cell = cells.get(cellOf.get(key));
        if (cell.confidence() >= LOW_CONFIDENCE) {
          continue; // a confident reading is what the page prints, even where the report breaks its own sums
        }
        for (String alt : cell.alternatives()) {
          BigDecimal v = number(alt);
          if (v == null) {
            continue;
          }
          Map<String, BigDecimal> tried = new HashMap<>(values);
          tried.put(key, v);
          Set<String> after = failing(tried);
          if (!failing.containsAll(after)) {
            continue; // repairs one check by breaking another
          }
          int gain = failing.size() - after.size();
          if (gain > bestGain) {
            best.clear();
            bestGain = gain;
          }
          if (gain == bestGain && gain > 0 && best.stream().noneMatch(c -> c.key.equals(key))) {
            best.add(new Candidate(key, alt, v, cell.confidence(), after));
          }
        }
      }
      if (best.size() != 1) {
        return;
      }
      Candidate c = best.get(0);
      int cell = cellOf.get(c.key);
      out.add(Finding.of(FindingCode.OCR_CORRECTED, String.format(Locale.ROOT,
          "%s: OCR read \"%s\" (confidence %.0f), which breaks %s; the reading \"%s\" satisfies it", c.key,
          texts[cell], c.confidence, codesOf(failing, c.after), c.text), List.of(c.key)));
      texts[cell] = c.text;
      values.put(c.key, c.value);
    }
  }

  private record Candidate(String key, String text, BigDecimal value, double confidence, Set<String> after) {}

  /** The one low-confidence cell of a check that still fails keeps no value: it is the suspect. */
  private static Set<String> unreadable(List<OcrCell> cells, Map<String, Integer> cellOf,
      Map<String, BigDecimal> values, List<Finding> out) {
    Set<String> drop = new TreeSet<>();
    for (Finding f : Checks.run(values)) {
      if (!ARITHMETIC.contains(f.code())) {
        continue;
      }
      List<String> doubtful = f.keys().stream()
          .filter(k -> cellOf.containsKey(k) && cells.get(cellOf.get(k)).confidence() < LOW_CONFIDENCE).toList();
      if (doubtful.size() != 1) {
        continue; // no suspect, or several: the check's own finding names them all
      }
      for (String key : doubtful) {
        Integer cell = cellOf.get(key);
        if (drop.add(key)) {
          OcrCell c = cells.get(cell);
          out.add(Finding.of(FindingCode.OCR_UNREADABLE, String.format(Locale.ROOT,
              "%s: OCR read \"%s\" (confidence %.0f), which breaks %s, and no other reading satisfies it; no value",
              key, c.text(), c.confidence(), f.code().code()), List.of(key)));
        }
      }
    }
    return drop;
  }

  /** Low-confidence readings no arithmetic check covers (表二 and the like) are flagged, not dropped. */
  private static void lowConfidence(List<OcrCell> cells, Map<String, Integer> cellOf, Map<String, BigDecimal> kept,
      List<Finding> out) {
    List<String> doubtful = new ArrayList<>();
    for (Map.Entry<String, Integer> e : cellOf.entrySet()) {
      boolean checked = e.getKey().startsWith("t3.") || e.getKey().startsWith("t4.");
      if (!checked && kept.containsKey(e.getKey()) && cells.get(e.getValue()).confidence() < LOW_CONFIDENCE) {
        doubtful.add(e.getKey());
      }
    }
    if (!doubtful.isEmpty()) {
      doubtful.sort(null);
      out.add(Finding.of(FindingCode.OCR_LOW_CONFIDENCE,
          "read by OCR with low confidence and not covered by any check: " + String.join(", ", doubtful), doubtful));
    }
  }

  /** The failed arithmetic checks as stable strings (code and keys). */
  private static Set<String> failing(Map<String, BigDecimal> values) {
    Set<String> out = new HashSet<>();
    for (Finding f : Checks.run(values)) {
      if (ARITHMETIC.contains(f.code())) {
        out.add(f.code().code() + " " + new TreeSet<>(f.keys()));
      }
    }
    return out;
  }

  private static Set<String> keysOf(Map<String, BigDecimal> values, Set<String> failing, Map<String, Integer> cellOf) {
    Set<String> out = new TreeSet<>();
    for (Finding f : Checks.run(values)) {
      if (failing.contains(f.code().code() + " " + new TreeSet<>(f.keys()))) {
        f.keys().stream().filter(cellOf::containsKey).forEach(out::add);
      }
    }
    return out;
  }

  private static String codesOf(Set<String> before, Set<String> after) {
    Set<String> fixed = new TreeSet<>();
    for (String s : before) {
      if (!after.contains(s)) {
        fixed.add(s.substring(0, s.indexOf(' ')));
      }
    }
    return String.join(", ", fixed);
  }

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A figure from the prose: the confidence of the word that holds its digits, else of all the prose. */
  private static double confidenceOf(ScannedDocument doc, Fact f) {
    if (!f.hasValue()) {
      return 100;
    }
    String digits = f.value().toPlainString();
    double sum = 0;
    int n = 0;
    for (var w : doc.prose()) {
      if (w.text().contains(digits)) {
        return w.confidence();
      }
      sum += w.confidence();
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }
}
