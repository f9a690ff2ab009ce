package org.disclosurelake.spark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one run, computed from the DataFrames.
 *
 * @param filesSeen files read from the input
 * @param reportsWritten distinct documents (by SHA-256) merged into {@code reports}
 * @param filesRejected files that did not become a report
 * @param factsWritten facts written for those reports
 * @param findingsByCode findings of those reports by code, sorted by code
 */
public record RunSummary(
    long filesSeen, long reportsWritten, long filesRejected, long factsWritten, Map<String, Long> findingsByCode) {

  public RunSummary {
    findingsByCode = Collections.unmodifiableSortedMap(new TreeMap<>(findingsByCode));
  }
}
