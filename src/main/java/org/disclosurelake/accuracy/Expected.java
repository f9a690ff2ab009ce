package org.disclosurelake.accuracy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a document is known to state, written by reading it (or, for generated documents, by the generator): the
 * agency, year, template, facts, keys that must have no value, and the exact set of finding codes.
 *
 * <p>File format ({@code NAME.expected}, UTF-8, one statement per line, tab-separated, '#' comments):
 *
 * <pre>
 * agency    常德经济技术开发区
 * year      2020
 * template  2019
 * fact      t3.new.total   0
 * absent    t2.norms.made
 * ambiguous t3.new.natural               (no value: the glued digits split several ways the document does not settle)
 * findings  T3-OUT,AMBIGUOUS_SPLIT      (the exact set of codes; an empty value means none)
 * classes   glued,ambiguous-glue        (the classes of document this one belongs to, for per-class figures)
 * rejected  image-only PDF: needs OCR   (the document must be rejected with this reason)
 * </pre>
 *
 * @param agency the agency, or null when not stated in the file
 * @param year the year, or null when not stated
 * @param template the template code, or null when not stated
 * @param facts key → value every listed fact must have
 * @param absent keys that must have no value
 * @param ambiguous keys that must have no value because the document does not settle their glued digits (apart
 *     from {@code absent}: the accuracy report counts them on their own line)
 * @param findings the exact set of finding codes, or null when the file does not constrain findings
 * @param rejected the expected rejection reason, or null when the document must parse
 * @param classes the document's classes (form and variants), empty when the file states none
 */
public record Expected(
    String agency,
    Integer year,
    String template,
    Map<String, BigDecimal> facts,
    Set<String> absent,
    Set<String> ambiguous,
    Set<String> findings,
    String rejected,
    List<String> classes) {

  public Expected {
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    absent = Set.copyOf(absent);
    ambiguous = Set.copyOf(ambiguous);
    classes = List.copyOf(classes);
    findings = findings == null ? null : Set.copyOf(findings);
  }

  /** An expectation without ambiguous cells or classes, as hand-written files have. */
  public Expected(String agency, Integer year, String template, Map<String, BigDecimal> facts, Set<String> absent,
      Set<String> findings, String rejected) {
    this(agency, year, template, facts, absent, Set.of(), findings, rejected, List.of());
  }

  /** Parses the text of an expected file; throws with the line number on a malformed line. */
  public static Expected parse(String text) {
    String agency = null;
    Integer year = null;
    String template = null;
    String rejected = null;
    Map<String, BigDecimal> facts = new LinkedHashMap<>();
    Set<String> absent = new LinkedHashSet<>();
    Set<String> ambiguous = new LinkedHashSet<>();
    List<String> classes = new java.util.ArrayList<>();
    Set<String> findings = null;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t+|\\s{2,}");
      String what = f[0];
      try {
        switch (what) {
          case "agency" -> agency = f[1];
          case "year" -> year = Integer.valueOf(f[1]);
          case "template" -> template = f[1];
          case "fact" -> facts.put(f[1], new BigDecimal(f[2]));
          case "absent" -> absent.add(f[1]);
          case "ambiguous" -> ambiguous.add(f[1]);
          case "classes" -> {
            for (String c : f.length > 1 ? f[1].split(",") : new String[0]) {
              if (!c.isBlank()) {
                classes.add(c.strip());
              }
            }
          }
          case "findings" -> {
            findings = new LinkedHashSet<>();
            if (f.length > 1) {
              for (String c : f[1].split(",")) {
                if (!c.isBlank()) {
                  findings.add(c.strip());
                }
              }
            }
          }
          case "rejected" -> rejected = f[1];
          default -> throw new IllegalArgumentException("unknown statement " + what);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Cannot read expected file line " + (n + 1) + ": " + line, e);
      }
    }
    return new Expected(agency, year, template, facts, absent, ambiguous, findings, rejected, classes);
  }

  /** Writes this in the file format, facts in insertion order. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (rejected != null) {
      sb.append("rejected\t").append(rejected).append('\n');
    }
    if (agency != null) {
      sb.append("agency\t").append(agency).append('\n');
    }
    if (year != null) {
      sb.append("year\t").append(year).append('\n');
    }
    if (template != null) {
      sb.append("template\t").append(template).append('\n');
    }
    if (!classes.isEmpty()) {
      sb.append("classes\t").append(String.join(",", classes)).append('\n');
    }
    if (findings != null) {
      // sorted: the sets' iteration order differs from one JVM to the next, the file must not
      sb.append("findings\t").append(String.join(",", new java.util.TreeSet<>(findings))).append('\n');
    }
    facts.forEach((k, v) -> sb.append("fact\t").append(k).append('\t').append(v.toPlainString()).append('\n'));
    new java.util.TreeSet<>(absent).forEach(k -> sb.append("absent\t").append(k).append('\n'));
    new java.util.TreeSet<>(ambiguous).forEach(k -> sb.append("ambiguous\t").append(k).append('\n'));
    return sb.toString();
  }

  public boolean expectsRejection() {
    return rejected != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expected e && Objects.equals(format(), e.format());
  }

  @Override
  public int hashCode() {
    return format().hashCode();
  }
}
