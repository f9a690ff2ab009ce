package org.disclosurelake.spark;

import java.util.Objects;

/**
 * What the job reads and where it writes.
 *
 * @param input a file or folder of reports, read recursively (default {@code data/sample})
 * @param lake the folder holding one Delta table per sub-folder (default {@code ./lake})
 */
public record JobConfig(String input, String lake) {

  public static final String DEFAULT_INPUT = "data/sample";
  public static final String DEFAULT_LAKE = "./lake";

  public JobConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(lake, "lake");
  }
}
