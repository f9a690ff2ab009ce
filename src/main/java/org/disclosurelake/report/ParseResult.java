package org.disclosurelake.report;

/**
 * The outcome of parsing one file: exactly one of a report or a rejection.
 *
 * @param report the report, or null when rejected
 * @param rejection the rejection, or null when parsed
 */
public record ParseResult(Report report, Rejection rejection) {

  public ParseResult {
    if ((report == null) == (rejection == null)) {
      throw new IllegalArgumentException("Cannot build result: exactly one of report and rejection must be given");
    }
  }

  public static ParseResult of(Report report) {
    return new ParseResult(report, null);
  }

  public static ParseResult rejected(Rejection rejection) {
    return new ParseResult(null, rejection);
  }

  public boolean isRejected() {
    return rejection != null;
  }
}
