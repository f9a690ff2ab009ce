package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

  private final Map<Character, Set<Character>> partners = new HashMap<>();
  private volatile Map<String, List<Division>> nationwide;
  private volatile List<Integer> variantLengths;

  private OcrRepair(List<String[]> rows) {
    for (String[] r : rows) {
      partners.computeIfAbsent(r[0].charAt(0), k -> new TreeSet<>()).add(r[1].charAt(0));
      partners.computeIfAbsent(r[1].charAt(0), k -> new TreeSet<>()).add(r[0].charAt(0));
    }
  }

  static OcrRepair bundled() {
    return new OcrRepair(Tsv.readTable(RESOURCE, 2, 3));
  }

  /** The one division whose name, with one character changed, starts {@code text} at {@code from}. */
  Optional<Repair> repair(String text, int from, Division ancestor, Gazetteer gazetteer) {
    if (ancestor == null) {
      return nationwideRepair(text, from, gazetteer);
    }
    List<Division> pool = new ArrayList<>();
    for (AdminLevel level : AdminLevel.values()) {
      if (level.compareTo(ancestor.level()) > 0) {
        pool.addAll(gazetteer.under(ancestor, level));
      }
    }
    List<Division> hits = new ArrayList<>();
    List<Division> confusable = new ArrayList<>();
    for (Division d : pool) {
      int at = mismatch(text, from, d.name());
      if (at >= 0) {
        hits.add(d);
        if (partners.getOrDefault(text.charAt(from + at), Set.of()).contains(d.name().charAt(at))) {
          confusable.add(d);
        }
      }
    }
    // under a named ancestor one candidate proves itself; among several (沐阳 is one stroke from both 沭阳 and 泗阳
    // under 宿迁市) only a known confusable pair may single one out
    Division d;
    String why;
    if (hits.size() == 1) {
      d = hits.get(0);
      why = "the only division under " + ancestor.name() + " one character away";
    } else if (confusable.size() == 1) {
      d = confusable.get(0);
      why = "the only division under " + ancestor.name() + " one confusable character away";
    } else {
      return Optional.empty();
    }
    String written = text.substring(from, from + d.name().length());
    return Optional.of(new Repair(new NameMatch(d, d.name().length(), false),
        written + " read as " + d.name() + " (" + d.code() + "): " + why));
  }

  /**
   * Without a named ancestor only a known confusable pair may single a division out: the one city or county in the
   * country whose name, with one stem character swapped for a confusable one, starts the text. Looked up in an index
   * of those variants instead of comparing the text with every city and county (the resolver runs once per distinct
   * agency name: hundreds of thousands of names at scale).
   */
  private Optional<Repair> nationwideRepair(String text, int from, Gazetteer gazetteer) {
    Map<String, List<Division>> variants = nationwide(gazetteer);
    Division found = null;
    for (int length : variantLengths) {
      if (from + length > text.length()) {
        break;
      }
      List<Division> hits = variants.get(text.substring(from, from + length));
      if (hits == null) {
        continue;
      }
      for (Division d : hits) {
        if (found != null && found != d) {
          return Optional.empty(); // two candidates: no evidence for either
        }
        found = d;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String written = text.substring(from, from + found.name().length());
    return Optional.of(new Repair(new NameMatch(found, found.name().length(), false),
        written + " read as " + found.name() + " (" + found.code() + "): "
            + "the only county or city in the country one confusable character away"));
  }

  /** Every city's and county's name with one stem character swapped for a confusable one → those divisions. */
  private Map<String, List<Division>> nationwide(Gazetteer gazetteer) {
    Map<String, List<Division>> index = nationwide;
    if (index == null) {
      List<Division> all = new ArrayList<>(gazetteer.under(null, AdminLevel.CITY));
      all.addAll(gazetteer.under(null, AdminLevel.COUNTY));
      Map<String, List<Division>> out = new HashMap<>();
      TreeSet<Integer> lengths = new TreeSet<>();
      for (Division d : all) {
        String name = d.name();
        if (name.length() < 3) {
          continue;
        }
        int stem = name.length() - ShortNames.suffixOf(name).length();
        for (int i = 0; i < stem; i++) {
          for (char c : partners.getOrDefault(name.charAt(i), Set.of())) {
            String variant = name.substring(0, i) + c + name.substring(i + 1);
            List<Division> hits = out.computeIfAbsent(variant, k -> new ArrayList<>());
            if (!hits.contains(d)) {
              hits.add(d);
            }
            lengths.add(name.length());
          }
        }
      }
      variantLengths = List.copyOf(lengths);
      index = Map.copyOf(out);
      nationwide = index;
    }
    return index;
  }

  /**
   * The index of the single differing character when {@code name} starts the text at {@code from} but for one
   * character of its stem (never its level word: 县, 区, 街道…), else -1. Names shorter than 3 are never repaired.
   */
  static int mismatch(String text, int from, String name) {
    if (name.length() < 3 || from + name.length() > text.length()) {
      return -1;
    }
    int at = -1;
    for (int i = 0; i < name.length(); i++) {
      if (text.charAt(from + i) != name.charAt(i)) {
        if (at >= 0) {
          return -1;
        }
        at = i;
      }
    }
    // the stem only for the rare name one character away: most of the nationwide pool differs at once
    return at >= 0 && at < name.length() - ShortNames.suffixOf(name).length() ? at : -1;
  }
}
