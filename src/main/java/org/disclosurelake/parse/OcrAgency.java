package org.disclosurelake.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.disclosurelake.agency.Gazetteer;

/**
 * An agency name read by OCR with one character wrong ("共泽区人民政府" for 洪泽区人民政府, a misread in the title)
 * repaired when the rest of the scan and the gazetteer agree: the body spells the name's neighbourhood with another
 * character in that place, the spelling so made names a division the gazetteer knows (洪泽区) where the reading names
 * none (共泽区), and the scan spells that division more often than the reading. One character, one candidate, or
 * nothing is changed.
 */
final class OcrAgency {

  /** Characters around the doubtful one that must match for a body mention to count, and how many precede it. */
  private static final int WINDOW = 5;
  private static final int CONTEXT = 2;
  /** The longest division name looked up around the changed character. */
  private static final int LONGEST_NAME = 8;

  /** A repaired agency and the sentence saying why. */
  record Repair(String agency, String note) {}

  private OcrAgency() {}

  /** The agency confirmed by the body and the bundled gazetteer, when it differs from the reading. */
  static Optional<Repair> confirm(String agency, String body) {
    return confirm(agency, body, name -> !Gazetteer.bundled().byFullName(name).isEmpty());
  }

  static Optional<Repair> confirm(String agency, String body, Predicate<String> division) {
    if (agency == null || agency.length() < 3 || body == null) {
      return Optional.empty();
    }
    List<Repair> found = new ArrayList<>();
    for (int j = 0; j < agency.length(); j++) {
      if (!han(agency.charAt(j))) {
        continue;
      }
      // the window slides inwards at the name's ends ("共泽区人民" for its first character)
      int from = Math.max(0, Math.min(j - CONTEXT, agency.length() - WINDOW));
      int to = Math.min(agency.length(), from + WINDOW);
      if (to - from < WINDOW) {
        continue; // too little context to tell a mention from a coincidence
      }
      String window = agency.substring(from, to);
      TreeMap<Character, Integer> others = new TreeMap<>();
      for (int p = 0; p + window.length() <= body.length(); p++) {
        char c = body.charAt(p + j - from);
        if (c != agency.charAt(j) && han(c) && matchesBut(body, p, window, j - from)) {
          others.merge(c, 1, Integer::sum);
        }
      }
      for (char c : others.keySet()) {
        String repaired = agency.substring(0, j) + c + agency.substring(j + 1);
        Optional<int[]> span = divisionAt(repaired, j, division);
        if (span.isEmpty()) {
          continue;
        }
        String name = repaired.substring(span.get()[0], span.get()[1]);
        String read = agency.substring(span.get()[0], span.get()[1]);
        int named = count(body, name);
        int asRead = count(body, read);
        if (named > asRead && !division.test(read)) {
          found.add(new Repair(repaired, String.format(java.util.Locale.ROOT,
              "agency: OCR read \"%s\"; the scan spells the division %s %d time(s), %s (no division) %d",
              agency, name, named, read, asRead)));
        }
      }
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The span {from, to} of the longest division name in {@code s} that covers position {@code j}. */
  private static Optional<int[]> divisionAt(String s, int j, Predicate<String> division) {
    for (int length = Math.min(LONGEST_NAME, s.length()); length >= 2; length--) {
      for (int start = Math.max(0, j - length + 1); start <= j && start + length <= s.length(); start++) {
        if (division.test(s.substring(start, start + length))) {
          return Optional.of(new int[] {start, start + length});
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matchesBut(String body, int p, String window, int skip) {
    for (int i = 0; i < window.length(); i++) {
      if (i != skip && body.charAt(p + i) != window.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int count(String body, String s) {
    int n = 0;
    for (int at = body.indexOf(s); at >= 0; at = body.indexOf(s, at + 1)) {
      n++;
    }
    return n;
  }

  private static boolean han(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
