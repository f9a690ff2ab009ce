package org.disclosurelake.parse.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ruled tables on a page: ruling lines that touch form a table, their distinct positions form a grid, and
 * grid cells not separated by a ruling are one cell (a rowspan or colspan). Glyphs go to the cell holding their
 * centre.
 */
final class TableFinder {

  /** Positions closer than this (points) are the same grid line. */
  private static final float SNAP = 2.5f;
  /** Lines touching within this distance are connected. */
  private static final float TOUCH = 3f;
  /** Cap on horizontal × vertical pairs examined per page. */
  private static final long MAX_PAIRS = 4_000_000L;

  /**
   * A fault a test injects to prove that a bug here surfaces as an internal error; null in production, where it
   * costs one read per page. Set only through the test helper {@code TableFinderFault}.
   */
  static volatile Runnable faultForTests;

  private TableFinder() {}

  /** The tables on the page, top to bottom, with their cells filled from the page's glyphs. */
  static List<Table> find(PageContent page) {
    Runnable fault = faultForTests;
    if (fault != null) {
      fault.run();
    }
    List<Segment> hs = merge(page.segments(), true, page.width());
    List<Segment> vs = merge(page.segments(), false, page.height());
    if (hs.size() < 2 || vs.size() < 2 || (long) hs.size() * vs.size() > MAX_PAIRS) {
      return List.of();
    }
    UnionFind groups = new UnionFind(hs.size() + vs.size());
    for (int i = 0; i < hs.size(); i++) {
      for (int j = 0; j < vs.size(); j++) {
        Segment h = hs.get(i);
        Segment v = vs.get(j);
        if (v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH && h.at() >= v.from() - TOUCH
            && h.at() <= v.to() + TOUCH) {
          groups.union(i, hs.size() + j);
        }
      }
    }
    Map<Integer, List<Segment>> hByGroup = new HashMap<>();
    Map<Integer, List<Segment>> vByGroup = new HashMap<>();
    for (int i = 0; i < hs.size(); i++) {
      hByGroup.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(hs.get(i));
    }
    for (int j = 0; j < vs.size(); j++) {
      vByGroup.computeIfAbsent(groups.find(hs.size() + j), k -> new ArrayList<>()).add(vs.get(j));
    }
    List<Table> tables = new ArrayList<>();
    for (Map.Entry<Integer, List<Segment>> e : hByGroup.entrySet()) {
      List<Segment> gv = vByGroup.getOrDefault(e.getKey(), List.of());
      float[] ys = withOpenEdges(snap(e.getValue()), gv);
      float[] xs = snap(gv);
      if (ys.length >= 2 && xs.length >= 2 && xs[xs.length - 1] - xs[0] > 20 && ys[ys.length - 1] - ys[0] > 8) {
        tables.add(build(e.getValue(), gv, xs, ys, page.glyphs()));
      }
    }
    tables.sort(Comparator.comparingDouble(Table::top));
    return tables;
  }

  private static Table build(List<Segment> hs, List<Segment> vs, float[] xs, float[] ys, List<Glyph> glyphs) {
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    UnionFind cells = new UnionFind(rows * cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (c + 1 < cols && !walled(vs, xs[c + 1], ys[r], ys[r + 1])) {
          cells.union(r * cols + c, r * cols + c + 1);
        }
        if (r + 1 < rows && !walled(hs, ys[r + 1], xs[c], xs[c + 1])) {
          cells.union(r * cols + c, (r + 1) * cols + c);
        }
      }
    }
    Map<Integer, List<Glyph>> content = new HashMap<>();
    for (Glyph g : glyphs) {
      int c = slot(xs, g.centerX());
      int r = slot(ys, g.centerY());
      if (r >= 0 && c >= 0) {
        content.computeIfAbsent(cells.find(r * cols + c), k -> new ArrayList<>()).add(g);
      }
    }
    Map<Integer, int[]> spans = new HashMap<>();
    for (int i = 0; i < rows * cols; i++) {
      int[] s = spans.computeIfAbsent(cells.find(i), k -> new int[] {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1});
      s[0] = Math.min(s[0], i / cols);
      s[1] = Math.max(s[1], i / cols);
      s[2] = Math.min(s[2], i % cols);
      s[3] = Math.max(s[3], i % cols);
    }
    List<Cell> out = new ArrayList<>();
    for (Map.Entry<Integer, int[]> e : spans.entrySet()) {
      int[] s = e.getValue();
      List<String> lines = TextLine.of(content.getOrDefault(e.getKey(), List.of())).stream().map(TextLine::text).toList();
      out.add(
          new Cell(s[0], s[1], s[2], s[3], xs[s[2]], xs[s[3] + 1], ys[s[0]], ys[s[1] + 1], TextLine.joinWrapped(lines)));
    }
    return new Table(rows, out, ys[0], ys[rows], xs[0], xs[cols]);
  }

  /** Whether a ruling at {@code at} covers the interval [a, b]. */
  private static boolean walled(List<Segment> segments, float at, float a, float b) {
    for (Segment s : segments) {
      if (Math.abs(s.at() - at) <= SNAP && s.covers(a, b)) {
        return true;
      }
    }
    return false;
  }

  /** The index i with edges[i] <= v < edges[i + 1], or -1 outside. */
  private static int slot(float[] edges, float v) {
    if (v < edges[0] || v >= edges[edges.length - 1]) {
      return -1;
    }
    int i = Arrays.binarySearch(edges, v);
    return i >= 0 ? Math.min(i, edges.length - 2) : -i - 2;
  }

  /**
   * Adds the ends of the vertical rulings as table edges where they run past the first or last horizontal one: a
   * table cut by a page break often has no closing line.
   */
  private static float[] withOpenEdges(float[] ys, List<Segment> verticals) {
    if (ys.length == 0 || verticals.isEmpty()) {
      return ys;
    }
    float top = (float) verticals.stream().mapToDouble(Segment::from).min().orElse(ys[0]);
    float bottom = (float) verticals.stream().mapToDouble(Segment::to).max().orElse(ys[ys.length - 1]);
    float[] out = ys;
    if (top < ys[0] - 2 * SNAP) {
      out = new float[out.length + 1];
      out[0] = top;
      System.arraycopy(ys, 0, out, 1, ys.length);
    }
    if (bottom > out[out.length - 1] + 2 * SNAP) {
      out = Arrays.copyOf(out, out.length + 1);
      out[out.length - 1] = bottom;
    }
    return out;
  }

  /** Distinct positions of the segments, snapped together. */
  private static float[] snap(List<Segment> segments) {
    float[] at = new float[segments.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = segments.get(i).at();
    }
    Arrays.sort(at);
    float[] out = new float[at.length];
    int n = 0;
    for (float v : at) {
      if (n == 0 || v - out[n - 1] > SNAP) {
        out[n++] = v;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Segments of one orientation with collinear touching pieces joined; page-size frames dropped. */
  private static List<Segment> merge(List<Segment> all, boolean horizontal, float pageExtent) {
    List<Segment> some = new ArrayList<>();
    for (Segment s : all) {
      if (s.horizontal() == horizontal && s.length() >= 4 && s.length() < pageExtent * 0.95f) {
        some.add(s);
      }
    }
    some.sort(Comparator.comparingDouble(Segment::at));
    List<Segment> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= some.size(); i++) {
      if (i == some.size() || some.get(i).at() - some.get(i - 1).at() > 1f) {
        joinCollinear(some.subList(start, i), horizontal, out);
        start = i;
      }
    }
    return out;
  }

  private static void joinCollinear(List<Segment> line, boolean horizontal, List<Segment> out) {
    List<Segment> sorted = new ArrayList<>(line);
    sorted.sort(Comparator.comparingDouble(Segment::from));
    float at = (float) sorted.stream().mapToDouble(Segment::at).average().orElse(0);
    Segment run = null;
    for (Segment s : sorted) {
      if (run != null && s.from() <= run.to() + TOUCH) {
        run = new Segment(horizontal, at, run.from(), Math.max(run.to(), s.to()));
      } else {
        if (run != null) {
          out.add(run);
        }
        run = new Segment(horizontal, at, s.from(), s.to());
      }
    }
    if (run != null) {
      out.add(run);
    }
  }

  /** Disjoint sets over 0..n-1. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      parent[find(a)] = find(b);
    }
  }
}
