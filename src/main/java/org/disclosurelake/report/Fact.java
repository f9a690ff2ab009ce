package org.disclosurelake.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One statement of a report: a vocabulary key (domain.md §3) with its value, what the cell said, and the labels
 * it was read under, so every figure can be traced back to its source cell.
 *
 * @param key the fact key, e.g. {@code t3.new.total}
 * @param value the value; null unless {@code semantics.hasValue()}
 * @param semantics what the cell said
 * @param rowLabel the row label as printed (may be empty for narrative facts)
 * @param columnLabel the column label as printed (may be empty)
 * @param raw the cell text as found (for narrative facts, the sentence fragment)
 * @param approximate true for figures such as "4200余条"
 * @param ocr true when the figure was read from an image by OCR
 * @param confidence the recogniser's confidence in the reading (0–100) when {@code ocr}, else null
 */
public record Fact(
    String key,
    BigDecimal value,
    Semantics semantics,
    String rowLabel,
    String columnLabel,
    String raw,
    boolean approximate,
    boolean ocr,
    Double confidence) {

  /** A fact read from text (not OCR). */
  public Fact(
      String key, BigDecimal value, Semantics semantics, String rowLabel, String columnLabel, String raw,
      boolean approximate) {
    this(key, value, semantics, rowLabel, columnLabel, raw, approximate, false, null);
  }

  public Fact {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(semantics, "semantics");
    if (semantics.hasValue() != (value != null)) {
      throw new IllegalArgumentException("Cannot build fact " + key + ": value " + value + " with " + semantics);
    }
    rowLabel = rowLabel == null ? "" : rowLabel;
    columnLabel = columnLabel == null ? "" : columnLabel;
    raw = raw == null ? "" : raw;
  }

  /** A stated number read from a table cell. */
  public static Fact number(String key, BigDecimal value, String rowLabel, String columnLabel, String raw) {
    Semantics s = value.signum() == 0 ? Semantics.ZERO : Semantics.NUMBER;
    return new Fact(key, value, s, rowLabel, columnLabel, raw, false);
  }

  /** A cell without a value (blank, not applicable, or text). */
  public static Fact empty(String key, Semantics semantics, String rowLabel, String columnLabel, String raw) {
    return new Fact(key, null, semantics, rowLabel, columnLabel, raw, false);
  }

  /** A number stated in prose. */
  public static Fact narrative(String key, BigDecimal value, String raw, boolean approximate) {
    Semantics s = value.signum() == 0 ? Semantics.ZERO : Semantics.NUMBER;
    return new Fact(key, value, s, "", "", raw, approximate);
  }

  /** This fact as read by OCR with the given confidence (0–100). */
  public Fact readByOcr(double confidence) {
    return new Fact(key, value, semantics, rowLabel, columnLabel, raw, approximate, true, confidence);
  }

  public boolean hasValue() {
    return semantics.hasValue();
  }
}
