package org.disclosurelake.agency;

import java.util.List;
import java.util.Objects;

/**
 * A row of the curated table of development zones and special areas that the gazetteer does not code.
 *
 * @param name the zone's canonical name (平潭综合实验区)
 * @param variants every name the zone is written by, the canonical one first
 * @param host the division whose territory hosts the zone
 * @param level the rank the zone reports at
 * @param source why the row is right
 */
public record DevelopmentZone(String name, List<String> variants, Division host, AdminLevel level, String source) {

  public DevelopmentZone {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(level, "level");
    variants = List.copyOf(variants);
  }

  /** The region part of the agency id: host code, '/', zone name (350128/平潭综合实验区). */
  public String regionKey() {
    return host.code() + "/" + name;
  }
}
