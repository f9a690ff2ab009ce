package org.disclosurelake.report;

import java.util.Locale;

/** What a table cell says: a number, an explicit zero, nothing, "not applicable", or text. */
public enum Semantics {
  NUMBER,
  ZERO,
  BLANK,
  NOT_APPLICABLE,
  TEXT;

  /** The stable name used in the lake ("number", "zero", "blank", "not_applicable", "text"). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the cell carries a numeric value. */
  public boolean hasValue() {
    return this == NUMBER || this == ZERO;
  }
}
