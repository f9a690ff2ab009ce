package org.disclosurelake.parse.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruling lines in a page image: long runs of ink along one row (or column), bridging the small gaps that
 * scanning noise and JPEG leave, joined over the few adjacent rows a thick line covers.
 */
final class RulingFinder {

  /**
   * A ruling line in pixels.
   *
   * @param horizontal true for a horizontal line at y = {@code at}
   * @param at the fixed coordinate (centre of the line's thickness)
   * @param from start of the varying coordinate
   * @param to end of the varying coordinate
   */
  record Line(boolean horizontal, double at, int from, int to) {}

  /** An open line being grown over adjacent rows. */
  private static final class Open {
    int from;
    int to;
    int first;
    int last;

    Open(int from, int to, int at) {
      this.from = from;
      this.to = to;
      this.first = at;
      this.last = at;
    }
  }

  private RulingFinder() {}

  /** The horizontal and vertical lines of the page at {@code dpi} dots per inch. */
  static List<Line> find(Raster r, double dpi) {
    int minH = (int) Math.round(dpi * 0.45);
    int minV = (int) Math.round(dpi * 0.12);
    int gap = Math.max(1, (int) Math.round(dpi / 100));
    int thick = Math.max(3, (int) Math.round(dpi / 40));
    List<Line> hs = new ArrayList<>();
    List<Line> vs = new ArrayList<>();
    scan(r, true, minH, gap, thick, hs);
    scan(r, false, minV, gap, thick, vs);
    // horizontal rulings are longer than any character's stroke; a vertical one must end on one of them, which
    // tells a table's short column rulings from the vertical strokes of large characters
    int touch = thick + 2 * gap;
    List<Line> out = new ArrayList<>(hs);
    for (Line v : vs) {
      if (hs.stream().anyMatch(h -> endsOn(v, h, touch))) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean endsOn(Line v, Line h, int touch) {
    boolean across = v.at() >= h.from() - touch && v.at() <= h.to() + touch;
    return across && (Math.abs(h.at() - v.from()) <= touch || Math.abs(h.at() - v.to()) <= touch);
  }

  private static void scan(Raster r, boolean horizontal, int minLength, int gap, int thick, List<Line> out) {
    int lines = horizontal ? r.height() : r.width();
    int along = horizontal ? r.width() : r.height();
    List<Open> open = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      List<int[]> runs = runs(r, horizontal, i, along, minLength, gap);
      List<Open> next = new ArrayList<>();
      for (int[] run : runs) {
        Open match = null;
        for (Open o : open) {
          if (o.last == i - 1 && run[0] < o.to && run[1] > o.from) {
            match = o;
            break;
          }
        }
        if (match != null) {
          open.remove(match);
          match.from = Math.min(match.from, run[0]);
          match.to = Math.max(match.to, run[1]);
          match.last = i;
          next.add(match);
        } else {
          next.add(new Open(run[0], run[1], i));
        }
      }
      for (Open o : open) {
        close(o, horizontal, thick, out);
      }
      open = next;
    }
    for (Open o : open) {
      close(o, horizontal, thick, out);
    }
  }

  private static void close(Open o, boolean horizontal, int thick, List<Line> out) {
    // a filled area (a solid block, a dark photo) is not a line
    if (o.last - o.first + 1 <= thick) {
      out.add(new Line(horizontal, (o.first + o.last) / 2.0, o.from, o.to));
    }
  }

  /** Runs of ink at least {@code minLength} long along line {@code i}, bridging gaps up to {@code gap}. */
  private static List<int[]> runs(Raster r, boolean horizontal, int i, int along, int minLength, int gap) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int lastInk = -1;
    for (int j = 0; j < along; j++) {
      boolean ink = horizontal ? r.ruling(j, i) : r.ruling(i, j);
      if (!ink) {
        continue;
      }
      if (start >= 0 && j - lastInk > gap + 1) {
        if (lastInk - start + 1 >= minLength) {
          out.add(new int[] {start, lastInk + 1});
        }
        start = -1;
      }
      if (start < 0) {
        start = j;
      }
      lastInk = j;
    }
    if (start >= 0 && lastInk - start + 1 >= minLength) {
      out.add(new int[] {start, lastInk + 1});
    }
    return out;
  }
}
