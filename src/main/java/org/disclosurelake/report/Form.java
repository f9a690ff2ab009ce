package org.disclosurelake.report;

import java.util.Locale;

/** The physical form a report arrived in. */
public enum Form {
  TEXT,
  HTML,
  PDF,
  DOCX,
  DOC,
  UNKNOWN;

  /** The stable lower-case name used in JSON and in the lake. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
