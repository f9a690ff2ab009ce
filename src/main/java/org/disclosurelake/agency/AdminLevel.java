package org.disclosurelake.agency;

import java.util.Locale;

/** The administrative level of a division or of the agency that reports for it. */
public enum AdminLevel {
  NATIONAL,
  PROVINCE,
  CITY,
  COUNTY,
  TOWNSHIP;

  /** The lower-case name stored in tables ("county"). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level named by {@link #key()}; throws for any other string. */
  public static AdminLevel ofKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
