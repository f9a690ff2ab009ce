package org.disclosurelake.report;

/** The report template (era) a document follows; see domain.md §1. */
public enum Template {
  PRE2019("pre2019"),
  T2019("2019"),
  T2021("2021"),
  UNKNOWN("unknown");

  private final String code;

  Template(String code) {
    this.code = code;
  }

  /** The stable name used in JSON and in the lake ("pre2019", "2019", "2021", "unknown"). */
  public String code() {
    return code;
  }
}
