package org.disclosurelake.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.Form;

/**
 * The readable content of one document, whatever its form: text lines in reading order, where every table row is
 * one line with its cells separated by {@code " | "} (one cell per grid origin, blank cells kept as empty cells),
 * exactly as the pipe-flattened text reports print them. This is the one model the table readers work on, so HTML,
 * PDF, Word and text share the fact vocabulary and the checks.
 *
 * @param form the physical form
 * @param charset the charset the text was decoded with, or null for binary forms
 * @param lines the content lines (site chrome removed where the reader could tell it apart)
 * @param title a title from document metadata ({@code <title>}, PDF Title), or null
 * @param publicationDate a publication date from document metadata, or null
 * @param findings problems met while reading (e.g. undecodable bytes)
 */
public record Body(
    Form form,
    String charset,
    List<String> lines,
    String title,
    LocalDate publicationDate,
    List<Finding> findings) {

  public Body {
    Objects.requireNonNull(form, "form");
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
  }

  /** The lines joined with '\n'. */
  public String text() {
    return String.join("\n", lines);
  }
}
