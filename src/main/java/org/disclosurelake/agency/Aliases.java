package org.disclosurelake.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The aliases table (科委 → 科学技术委员会): rewrites known variants of organ and zone names. */
final class Aliases {

  /** The table on the classpath. */
  static final String RESOURCE = "/agency/aliases.tsv";

  private record Alias(String variant, String canonical) {}

  private final List<Alias> aliases;

  private Aliases(List<Alias> aliases) {
    this.aliases = aliases.stream()
        .sorted(Comparator.comparingInt((Alias a) -> a.variant().length()).reversed())
        .toList();
  }

  static Aliases bundled() {
    List<Alias> rows = new ArrayList<>();
    for (String[] row : Tsv.readTable(RESOURCE, 2, 3)) {
      rows.add(new Alias(row[0], row[1]));
    }
    return new Aliases(rows);
  }

  /**
   * The text with every variant rewritten, left to right, repeated until nothing changes (县政府办 → 县人民政府办 →
   * 县人民政府办公室). A variant is left alone where its own canonical form already stands (政府办公室).
   */
  String apply(String text) {
    String current = text;
    for (int pass = 0; pass < 4; pass++) {
      String next = applyOnce(current);
      if (next.equals(current)) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private String applyOnce(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    outer:
    while (i < text.length()) {
      for (Alias a : aliases) {
        if (text.startsWith(a.variant(), i) && !text.startsWith(a.canonical(), i)) {
          out.append(a.canonical());
          i += a.variant().length();
          continue outer;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }
}
