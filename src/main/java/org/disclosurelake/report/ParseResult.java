package org.disclosurelake.report;

import java.util.List;

/**
 * The outcome of parsing one file: exactly one of a report or a rejection.
 *
 * @param report the report, or null when rejected
 * @param rejection the rejection, or null when parsed
 * @param companions the other files the parse read, as paths in the form of the document's own path (the pictures
 *     beside an HTML report, read by OCR in its place): the report changes when they do
 */
public record ParseResult(Report report, Rejection rejection, List<String> companions) {

  public ParseResult {
    if ((report == null) == (rejection == null)) {
      throw new IllegalArgumentException("Cannot build result: exactly one of report and rejection must be given");
    }
    companions = companions == null ? List.of() : List.copyOf(companions);
  }

  public ParseResult(Report report, Rejection rejection) {
    this(report, rejection, List.of());
  }

  public static ParseResult of(Report report) {
    return new ParseResult(report, null);
  }

  public static ParseResult rejected(Rejection rejection) {
    return new ParseResult(null, rejection);
  }

  /** This result, read from the document and these other files. */
  public ParseResult withCompanions(List<String> files) {
    return new ParseResult(report, rejection, files);
  }

  public boolean isRejected() {
    return rejection != null;
  }
}
