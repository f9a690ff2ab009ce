package org.disclosurelake.report;

/** Stable codes of the self-checks and data problems a parser records (domain.md §4). */
public enum FindingCode {
  /** 表三: new + carried = processed + forward, per column. */
  T3_BAL("T3-BAL"),
  /** 表三: processed = sum of the leaf outcome rows, per column. */
  T3_OUT("T3-OUT"),
  /** 表三: a row's total equals the sum of its six applicant columns. */
  T3_ROW("T3-ROW"),
  /** 表四: upheld + corrected + other + pending = total, per block. */
  T4_SUM("T4-SUM"),
  /** A count is negative or not an integer. */
  NONNEG("NONNEG"),
  /** A table has missing rows or cells, or more cells than the template has. */
  SHAPE("SHAPE"),
  /** Glued digits allow more than one split that satisfies every check; the undecided cells are left out. */
  AMBIGUOUS_SPLIT("AMBIGUOUS_SPLIT"),
  /** A narrative number disagrees with the table. */
  TXT_TAB("TXT-TAB"),
  /** No agency name could be found. */
  NO_AGENCY("NO_AGENCY"),
  /** The agency was read from a weak source (the contact sentence) and may be an office of the reporter. */
  AGENCY_UNSURE("AGENCY_UNSURE"),
  /** No statistics year could be found. */
  NO_YEAR("NO_YEAR"),
  /** The document has none of the template's tables. */
  NO_TABLES("NO_TABLES"),
  /** A cell holds text that is not a number where a number is expected. */
  CELL_TEXT("CELL_TEXT"),
  /** The text decoder met bytes invalid in the detected charset. */
  DECODE("DECODE"),
  /** A statistics year was inferred from the years the text mentions most, not read from a stated period. */
  YEAR_INFERRED("YEAR_INFERRED"),
  /** An amount without a printed unit was read in the unit the template implies. */
  UNIT("UNIT"),
  /** The document was cut short by a size or time budget. */
  BUDGET("BUDGET"),
  /**
   * Table rows printed apart from their labels were matched to the template's rows by their order; the keys so
   * matched are named. The labelled rows agree with that order and the arithmetic checks still apply.
   */
  STITCHED("STITCHED"),
  /** A value the table leaves blank, or an ambiguous cell, was taken from a figure the prose states. */
  FROM_TEXT("FROM_TEXT"),
  /** The prose states different figures for one key and nothing decides between them; the key has no value. */
  TEXT_AMBIGUOUS("TEXT_AMBIGUOUS"),
  /** An old 统计表 prints a 历年累计 (cumulative) figure below the annual one. */
  CUMULATIVE("CUMULATIVE"),
  /** An OCR reading broke a check that another reading of the cell satisfies; the other reading was taken. */
  OCR_CORRECTED("OCR_CORRECTED"),
  /** An OCR reading broke a check and no other reading satisfies it; the cell keeps no value. */
  OCR_UNREADABLE("OCR_UNREADABLE"),
  /** An OCR reading that no check confirms was read with low confidence; the value is kept but unverified. */
  OCR_LOW_CONFIDENCE("OCR_LOW_CONFIDENCE");

  private final String code;

  FindingCode(String code) {
    this.code = code;
  }

  /** The stable code as written in the lake and in JSON, e.g. "T3-BAL". */
  public String code() {
    return code;
  }
}
