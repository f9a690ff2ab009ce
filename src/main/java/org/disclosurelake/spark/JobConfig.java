package org.disclosurelake.spark;

import java.time.Duration;
import java.util.Objects;
import org.disclosurelake.parse.BudgetedParser;

/**
 * What the job reads and where it writes.
 *
 * @param input a file or folder of reports, read recursively (default {@code data/sample})
 * @param lake the folder holding one Delta table per sub-folder (default {@code ./lake})
 * @param mode {@link Mode#INCREMENTAL} (default) reads only files the lake has not seen in this form
 * @param maxFileBytes files larger than this are rejected as oversize from the listing, without reading a byte
 * @param parseTimeout the wall-clock time one document may take to parse before it is rejected
 */
public record JobConfig(String input, String lake, Mode mode, long maxFileBytes, Duration parseTimeout) {

  public static final String DEFAULT_INPUT = "data/sample";
  public static final String DEFAULT_LAKE = "./lake";

  /** Which files a run parses. */
  public enum Mode {
    /** New files, files whose size or modification time changed, files read by another parser version. */
    INCREMENTAL,
    /** Every file of the input (e.g. after a parser fix that kept its version). */
    REPARSE
  }

  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(lake, "lake");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(parseTimeout, "parseTimeout");
    if (maxFileBytes <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException(
          "Cannot configure run: file size limit " + maxFileBytes + " and parse timeout " + parseTimeout
              + " must be positive");
    }
  }

  /** A run with the default budget per document ({@link BudgetedParser#DEFAULT_MAX_BYTES}, 30 s). */
  public JobConfig(String input, String lake, Mode mode) {
    this(input, lake, mode, BudgetedParser.DEFAULT_MAX_BYTES, BudgetedParser.DEFAULT_TIME_BUDGET);
  }

  /** An incremental run with the default budget per document. */
  public JobConfig(String input, String lake) {
    this(input, lake, Mode.INCREMENTAL);
  }
}
