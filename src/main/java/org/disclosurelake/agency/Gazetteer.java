package org.disclosurelake.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The administrative divisions (province, city, county, township) with their codes, looked up by code, by
 * full name, by short name and by the names that start a piece of text.
 */
public final class Gazetteer {

  /** The classpath file written by data/gazetteer/refresh.sh. */
  public static final String BUNDLED_RESOURCE = "/gazetteer/divisions.tsv.gz";

  private final Map<String, Division> byCode = new HashMap<>();
  private final Map<String, List<Division>> children = new HashMap<>();
  private final Map<String, List<Division>> byFull = new HashMap<>();
  private final Map<String, List<Division>> byShort = new HashMap<>();
  private final List<Division> provinces = new ArrayList<>();
  private int longestName;

  private Gazetteer(List<Division> divisions) {
    for (Division d : divisions) {
      if (byCode.putIfAbsent(d.code(), d) != null) {
        throw new IllegalArgumentException("Cannot load gazetteer: duplicate code " + d.code());
      }
      if (d.parentCode() != null) {
        children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
      } else {
        provinces.add(d);
      }
      if (d.isPlaceholder()) {
        continue;
      }
      byFull.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
      ShortNames.of(d.name()).ifPresent(s -> byShort.computeIfAbsent(s, k -> new ArrayList<>()).add(d));
      longestName = Math.max(longestName, d.name().length());
    }
  }

  /** The divisions vendored with the project, loaded once. */
  public static Gazetteer bundled() {
    return Bundled.INSTANCE;
  }

  /** Reads a gazetteer TSV (code, name, level, parent; '#' lines are comments; a header line is skipped). */
  public static Gazetteer read(InputStream tsv) throws IOException {
    List<Division> out = new ArrayList<>();
    for (String[] row : Tsv.read(tsv)) {
      if (row[0].equals("code")) {
        continue; // the header line, when there is one
      }
      String[] f = Tsv.expectCells(row, 4, 4, "gazetteer");
      out.add(new Division(f[0], f[1], AdminLevel.ofKey(f[2]), f[3].isEmpty() ? null : f[3]));
    }
    return new Gazetteer(out);
  }

  /** The division with this code (6 or 9 digits), if any. */
  public Optional<Division> findByCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The division with this code; throws naming the code when there is none. */
  public Division expectByCode(String code) {
    return findByCode(code).orElseThrow(() -> new IllegalArgumentException("Cannot find division code " + code));
  }

  /** Every division with exactly this full name (朝阳区 → Beijing's and Changchun's). */
  public List<Division> byFullName(String name) {
    return List.copyOf(byFull.getOrDefault(name, List.of()));
  }

  /** Every division whose short name is this (朝阳 → 朝阳市, 朝阳县, both 朝阳区); 平潭 never names a zone. */
  public List<Division> byShortName(String shortName) {
    return List.copyOf(byShort.getOrDefault(shortName, List.of()));
  }

  /** The direct children of a division (a city's placeholder 市辖区 included). */
  public List<Division> children(String code) {
    return List.copyOf(children.getOrDefault(code, List.of()));
  }

  /** The division and its ancestors, from the province down, placeholders (市辖区) included. */
  public List<Division> chain(Division division) {
    List<Division> out = new ArrayList<>();
    for (Division d = division; d != null; d = d.parentCode() == null ? null : byCode.get(d.parentCode())) {
      out.add(0, d);
    }
    return out;
  }

  /** True if {@code ancestor} is a strict ancestor of {@code division}. */
  public boolean isWithin(Division division, Division ancestor) {
    for (String p = division.parentCode(); p != null; p = byCode.get(p).parentCode()) {
      if (p.equals(ancestor.code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The divisions whose full or short name starts {@code text} at {@code from}, within {@code ancestor}; with
   * no ancestor, townships are left out (41,000 names repeat too often to be found without a county).
   */
  List<NameMatch> matchesAt(String text, int from, Division ancestor) {
    List<NameMatch> out = new ArrayList<>();
    int max = Math.min(longestName, text.length() - from);
    for (int len = max; len >= 2; len--) {
      String key = text.substring(from, from + len);
      collect(out, byFull.get(key), len, false, ancestor);
      collect(out, byShort.get(key), len, true, ancestor);
    }
    return out;
  }

  /** Every division below {@code ancestor} (below every province when null) at this level; for OCR repair. */
  List<Division> under(Division ancestor, AdminLevel level) {
    List<Division> out = new ArrayList<>();
    List<Division> frontier = new ArrayList<>(ancestor == null ? provinces : List.of(ancestor));
    while (!frontier.isEmpty()) {
      List<Division> next = new ArrayList<>();
      for (Division d : frontier) {
        for (Division c : children.getOrDefault(d.code(), List.of())) {
          if (c.level() == level && !c.isPlaceholder()) {
            out.add(c);
          }
          if (c.level().compareTo(level) < 0) {
            next.add(c);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /** How many divisions are loaded. */
  public int size() {
    return byCode.size();
  }

  private void collect(List<NameMatch> out, List<Division> found, int len, boolean shortForm, Division ancestor) {
    if (found == null) {
      return;
    }
    for (Division d : found) {
      boolean inside = ancestor == null ? d.level() != AdminLevel.TOWNSHIP : isWithin(d, ancestor);
      if (inside) {
        out.add(new NameMatch(d, len, shortForm));
      }
    }
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      try (InputStream raw = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("Cannot find gazetteer resource " + BUNDLED_RESOURCE);
        }
        return read(new GZIPInputStream(raw));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read gazetteer resource " + BUNDLED_RESOURCE, e);
      }
    }
  }
}
