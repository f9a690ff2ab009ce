package org.disclosurelake.report;

import java.util.List;
import java.util.Objects;

/**
 * A data problem or failed self-check found in one report. Findings are data for the user, never a reason to drop
 * the report.
 *
 * @param code the stable code
 * @param message what was found, with the numbers involved
 * @param keys the fact keys involved (may be empty)
 */
public record Finding(FindingCode code, String message, List<String> keys) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    keys = List.copyOf(keys);
  }

  public static Finding of(FindingCode code, String message, List<String> keys) {
    return new Finding(code, message, keys);
  }

  public static Finding of(FindingCode code, String message) {
    return new Finding(code, message, List.of());
  }
}
