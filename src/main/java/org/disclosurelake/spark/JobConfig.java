package org.disclosurelake.spark;

import java.util.Objects;
import org.disclosurelake.parse.Limits;

/**
 * What the job reads and where it writes.
 *
 * @param input a file or folder of reports, read recursively (default {@code data/sample})
 * @param lake the folder holding one Delta table per sub-folder (default {@code ./lake})
 * @param mode {@link Mode#INCREMENTAL} (default) reads only files the lake has not seen in this form
 * @param limits the limits of every document's parse, shipped to the executors with the parse function; a file over
 *     {@link Limits#maxFileBytes} is rejected as oversize from the listing, without reading a byte
 */
public record JobConfig(String input, String lake, Mode mode, Limits limits) {

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
    Objects.requireNonNull(limits, "limits");
  }

  /** A run with the {@link Limits#DEFAULTS default limits}. */
  public JobConfig(String input, String lake, Mode mode) {
    this(input, lake, mode, Limits.DEFAULTS);
  }

  /** An incremental run with the default limits. */
  public JobConfig(String input, String lake) {
    this(input, lake, Mode.INCREMENTAL);
  }
}
