package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Repairs one mistyped character in a place name (沐阳县 → 沭阳县) when the evidence leaves one candidate: under a
 * named province or city, the one division there whose name differs in one character of its stem; with no such
 * ancestor, the one county or city in the country reached through a known confusable pair (ocr-confusables.tsv).
 */
final class OcrRepair {

  /** The table on the classpath. */
  static final String RESOURCE = "/agency/ocr-confusables.tsv";

  /** A repaired match and the sentence saying why. */
  record Repair(NameMatch match, String note) {}

  private final Set<String> pairs = new HashSet<>();
  private volatile List<Division> nationwide;

  private OcrRepair(List<String[]> rows) {
    for (String[] r : rows) {
      pairs.add(r[0] + r[1]);
      pairs.add(r[1] + r[0]);
    }
  }

  static OcrRepair bundled() {
    return new OcrRepair(Tsv.readResource(RESOURCE, 3));
  }

  /** The one division whose name, with one character changed, starts {@code text} at {@code from}. */
  Optional<Repair> repair(String text, int from, Division ancestor, Gazetteer gazetteer) {
    List<Division> pool = new ArrayList<>();
    if (ancestor == null) {
      pool = nationwide(gazetteer);
    } else {
      for (AdminLevel level : AdminLevel.values()) {
        if (level.compareTo(ancestor.level()) > 0) {
          pool.addAll(gazetteer.under(ancestor, level));
        }
      }
    }
    List<Division> hits = new ArrayList<>();
    List<Division> confusable = new ArrayList<>();
    for (Division d : pool) {
      int at = mismatch(text, from, d.name());
      if (at >= 0) {
        hits.add(d);
        if (pairs.contains("" + text.charAt(from + at) + d.name().charAt(at))) {
          confusable.add(d);
        }
      }
    }
    // under a named ancestor one candidate proves itself; otherwise (or among several: 沐阳 is one stroke from
    // both 沭阳 and 泗阳 under 宿迁市) only a known confusable pair may single one out
    Division d;
    String why;
    if (ancestor != null && hits.size() == 1) {
      d = hits.get(0);
      why = "the only division under " + ancestor.name() + " one character away";
    } else if (confusable.size() == 1) {
      d = confusable.get(0);
      why = "the only " + (ancestor == null ? "county or city in the country" : "division under " + ancestor.name())
          + " one confusable character away";
    } else {
      return Optional.empty();
    }
    String written = text.substring(from, from + d.name().length());
    return Optional.of(new Repair(new NameMatch(d, d.name().length(), false),
        written + " read as " + d.name() + " (" + d.code() + "): " + why));
  }

  /** Every city and county: the pool for a repair without a named ancestor, built once. */
  private List<Division> nationwide(Gazetteer gazetteer) {
    List<Division> pool = nationwide;
    if (pool == null) {
      List<Division> all = new ArrayList<>(gazetteer.under(null, AdminLevel.CITY));
      all.addAll(gazetteer.under(null, AdminLevel.COUNTY));
      pool = List.copyOf(all);
      nationwide = pool;
    }
    return pool;
  }

  /**
   * The index of the single differing character when {@code name} starts the text at {@code from} but for one
   * character of its stem (never its level word: 县, 区, 街道…), else -1. Names shorter than 3 are never repaired.
   */
  static int mismatch(String text, int from, String name) {
    if (name.length() < 3 || from + name.length() > text.length()) {
      return -1;
    }
    int stem = name.length() - ShortNames.suffixOf(name).length();
    int at = -1;
    for (int i = 0; i < name.length(); i++) {
      if (text.charAt(from + i) != name.charAt(i)) {
        if (at >= 0 || i >= stem) {
          return -1;
        }
        at = i;
      }
    }
    return at;
  }
}
