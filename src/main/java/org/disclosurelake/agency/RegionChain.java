package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.List;

/**
 * The region names found at the start of an agency string, outermost first (淮安市 → 洪泽区), possibly ending in a
 * curated development zone.
 *
 * @param divisions the divisions matched, in text order
 * @param zone the curated zone the chain ends in, or null
 * @param consumed how many characters of the text the names cover; the rest names the reporter
 * @param shortForms how many names were matched by their short form (淮安 for 淮安市)
 * @param notes how each repaired or curated name was found, in order
 * @param ocr true if one character was repaired
 */
record RegionChain(List<Division> divisions, DevelopmentZone zone, int consumed, int shortForms, List<String> notes,
    boolean ocr) {

  RegionChain {
    divisions = List.copyOf(divisions);
    notes = List.copyOf(notes);
  }

  static RegionChain empty() {
    return new RegionChain(List.of(), null, 0, 0, List.of(), false);
  }

  /** The deepest division matched, or null. */
  Division last() {
    return divisions.isEmpty() ? null : divisions.get(divisions.size() - 1);
  }

  RegionChain with(NameMatch m, int end) {
    List<Division> ds = new ArrayList<>(divisions);
    ds.add(m.division());
    return new RegionChain(ds, null, end, shortForms + (m.shortForm() ? 1 : 0), notes, ocr);
  }

  RegionChain withRepair(OcrRepair.Repair r, int end) {
    List<Division> ds = new ArrayList<>(divisions);
    ds.add(r.match().division());
    List<String> ns = new ArrayList<>(notes);
    ns.add(r.note());
    return new RegionChain(ds, null, end, shortForms, ns, true);
  }

  RegionChain withZone(DevelopmentZone z, int end) {
    List<String> ns = new ArrayList<>(notes);
    ns.add(z.name() + " from the development-zone table, hosted by " + z.host().name() + " (" + z.host().code() + ")");
    return new RegionChain(divisions, z, end, shortForms, ns, ocr);
  }

  /** The key that tells two chains apart as places: the zone key, else the last division's code. */
  String placeKey() {
    if (zone != null) {
      return zone.regionKey();
    }
    return last() == null ? "" : last().code();
  }
}
