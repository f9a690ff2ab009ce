package org.disclosurelake.agency;

import java.util.Locale;

/** What kind of body publishes the report. */
public enum ReporterType {
  /** 人民政府 of a province, city or county. */
  GOVERNMENT,
  /** 人民政府办公室 / 办公厅: a different reporter from the government itself. */
  GOVERNMENT_OFFICE,
  /** A 局, 委员会, 厅… of a government or of a development zone. */
  DEPARTMENT,
  /** The 管理委员会 of a development zone or special area. */
  DEVELOPMENT_ZONE,
  /** The 人民政府 of a 镇 or 乡, or the 办事处 of a 街道. */
  TOWNSHIP_STREET,
  OTHER;

  /** The lower-case name stored in tables ("government_office"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
