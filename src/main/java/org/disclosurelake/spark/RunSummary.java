package org.disclosurelake.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.disclosurelake.report.Rejection;

/**
 * The counts of one run, computed from the DataFrames.
 *
 * @param filesSeen files listed in the input
 * @param filesNew files the {@code inputs} log did not know
 * @param filesChanged known files read again: size, modification time or parser version differ, or {@code --reparse}
 * @param filesUnchanged files skipped without reading (same path, size and modification time as logged)
 * @param filesSameBytes of the changed files, those whose bytes hashed as logged (only the time changed): not parsed
 * @param reportsWritten distinct documents (by SHA-256) merged into {@code reports}
 * @param filesRejected files read in this run that did not become a report
 * @param factsWritten facts written for those reports
 * @param findingsByCode findings of those reports by code, sorted by code
 * @param rejectsByReason the files rejected in this run by the kind of reason (the reason up to its first ':' or
 *     '('), e.g. "oversize", "empty file", "image", "not a disclosure report", and "internal error" for a bug of
 *     ours rather than of the file; sorted
 */
public record RunSummary(
    long filesSeen,
    long filesNew,
    long filesChanged,
    long filesUnchanged,
    long filesSameBytes,
    long reportsWritten,
    long filesRejected,
    long factsWritten,
    Map<String, Long> findingsByCode,
    Map<String, Long> rejectsByReason) {

  public RunSummary {
    findingsByCode = Collections.unmodifiableSortedMap(new TreeMap<>(findingsByCode));
    rejectsByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectsByReason));
  }

  /** A first run's summary: every file new. */
  public RunSummary(
      long filesSeen, long reportsWritten, long filesRejected, long factsWritten, Map<String, Long> findingsByCode,
      Map<String, Long> rejectsByReason) {
    this(filesSeen, filesSeen, 0, 0, 0, reportsWritten, filesRejected, factsWritten, findingsByCode,
        rejectsByReason);
  }

  RunSummary withFiles(long seen, long fresh, long changed, long unchanged) {
    return new RunSummary(
        seen, fresh, changed, unchanged, filesSameBytes, reportsWritten, filesRejected, factsWritten, findingsByCode,
        rejectsByReason);
  }

  /** Files rejected by a bug of ours ({@code internal error}), not by their content: each one is worth a report. */
  public long internalErrors() {
    return rejectsByReason.getOrDefault(Rejection.INTERNAL_ERROR, 0L);
  }

  /** The kind of a rejection reason: its text up to the first ':' or '(', e.g. "oversize" or "image". */
  public static String reasonKind(String reason) {
    int end = reason.length();
    for (char c : new char[] {':', '('}) {
      int at = reason.indexOf(c);
      if (at > 0) {
        end = Math.min(end, at);
      }
    }
    return reason.substring(0, end).strip();
  }
}
