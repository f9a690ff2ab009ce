package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The curated table of development zones (development-zones.tsv), matched by name at a position in text. */
final class DevelopmentZones {

  /** The table on the classpath. */
  static final String RESOURCE = "/agency/development-zones.tsv";

  /** A zone whose name starts the text at some position. */
  record ZoneMatch(DevelopmentZone zone, int length) {}

  private final List<DevelopmentZone> zones;

  private DevelopmentZones(List<DevelopmentZone> zones) {
    this.zones = List.copyOf(zones);
  }

  static DevelopmentZones bundled(Gazetteer gazetteer) {
    List<DevelopmentZone> zones = new ArrayList<>();
    for (String[] row : Tsv.readTable(RESOURCE, 2, 4)) {
      List<String> names = Arrays.stream(row[0].split("\\|")).map(String::strip).toList();
      Division host = gazetteer.findByCode(row[1]).orElseThrow(() -> new IllegalStateException(
          "Cannot find host code " + row[1] + " of zone " + names.get(0) + " in the gazetteer"));
      zones.add(new DevelopmentZone(names.get(0), names, host, AdminLevel.ofKey(row[2]), row[3]));
    }
    return new DevelopmentZones(zones);
  }

  /** Every zone row. */
  List<DevelopmentZone> all() {
    return zones;
  }

  /**
   * The zones named at {@code from} whose host lies in {@code ancestor} (or is it); any zone when the ancestor is
   * null. Longest name first.
   */
  List<ZoneMatch> matchesAt(String text, int from, Division ancestor, Gazetteer gazetteer) {
    List<ZoneMatch> out = new ArrayList<>();
    for (DevelopmentZone z : zones) {
      boolean inside = ancestor == null
          || z.host().equals(ancestor)
          || gazetteer.isWithin(z.host(), ancestor);
      if (!inside) {
        continue;
      }
      for (String v : z.variants()) {
        if (text.startsWith(v, from)) {
          out.add(new ZoneMatch(z, v.length()));
          break;
        }
      }
    }
    out.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return out;
  }
}
