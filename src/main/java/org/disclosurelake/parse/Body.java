package org.disclosurelake.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.disclosurelake.report.Finding;
import org.disclosurelake.report.Form;

/**
 * The readable content of one document, whatever its form: text lines in reading order, where every table row is
 * one line of pipe-delimited cells, outer pipes included ({@link #row}; one cell per grid origin, blank cells kept
 * as empty cells), as Markdown pipe tables and pipe-flattened text reports print them. This is the one model the table readers work on, so HTML,
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

  /**
   * One table row as a line: every cell between pipes, the outer pipes included ({@code "| 一、本年新收 | 5 |  | 7 |"}),
   * so a blank first or last cell stays a cell however the line is trimmed; text outside the outer pipes is never a
   * cell. The one row format of every reader (HTML, PDF, Word) and of Markdown pipe tables. A row of one cell has no
   * positions to keep and is its text alone.
   */
  public static String row(List<String> cells) {
    if (cells.size() == 1) {
      return cells.get(0).strip();
    }
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.strip()).append(" |");
    }
    return b.toString();
  }

  /** The lines joined with '\n'. */
  public String text() {
    return String.join("\n", lines);
  }
}
