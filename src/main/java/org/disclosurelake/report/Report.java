package org.disclosurelake.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything parsed from one document: identity, metadata, facts and findings.
 *
 * @param source the path or name the bytes came from
 * @param sha256 hex SHA-256 of the bytes (the report id)
 * @param agency the reporting agency's full name, or null when none was found
 * @param year the statistics year (not the publication year), or null
 * @param template the template the tables follow
 * @param form the physical form
 * @param publicationDate the publication date when the document states one, or null
 * @param title the report title when found, or null
 * @param charset the charset the text was decoded with, or null for binary forms
 * @param facts every fact, in document order; keys are unique
 * @param findings self-check results and data problems
 * @param parserVersion the version of the parser that produced this record
 */
public record Report(
    String source,
    String sha256,
    String agency,
    Integer year,
    Template template,
    Form form,
    LocalDate publicationDate,
    String title,
    String charset,
    List<Fact> facts,
    List<Finding> findings,
    String parserVersion) {

  public Report {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(form, "form");
    facts = List.copyOf(facts);
    findings = List.copyOf(findings);
  }

  /** This report with another agency (a name read by OCR, repaired). */
  public Report withAgency(String newAgency) {
    return new Report(source, sha256, newAgency, year, template, form, publicationDate, title, charset, facts,
        findings, parserVersion);
  }

  /** This report with other facts and findings (a reading checked again, a finding added). */
  public Report with(List<Fact> newFacts, List<Finding> newFindings) {
    return new Report(source, sha256, agency, year, template, form, publicationDate, title, charset, newFacts,
        newFindings, parserVersion);
  }

  /** The stated numeric facts as key → value, in document order (blank, n/a and text cells left out). */
  public Map<String, BigDecimal> values() {
    Map<String, BigDecimal> out = new LinkedHashMap<>(2 * facts.size());
    for (Fact f : facts) {
      if (f.hasValue()) {
        out.put(f.key(), f.value());
      }
    }
    return out;
  }

  /** The fact with this key, if the document has a cell or sentence for it. */
  public Optional<Fact> findFact(String key) {
    return facts.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The stated value of this key, if any. */
  public Optional<BigDecimal> findValue(String key) {
    return findFact(key).filter(Fact::hasValue).map(Fact::value);
  }
}
