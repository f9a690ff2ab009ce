package org.disclosurelake.parse.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds row labels in order by their keywords and hands out each row's label and the text of its cells: the text
 * between the end of its label and the start of the next label.
 */
final class RowLocator {

  /** A row found: its fact key, its label span, and the original text of its cells. */
  record Located(String key, LabelSpan span, String label, String region) {}

  private record Hit(String key, int start, int end) {}

  private final CompactText text;
  private final int end;
  private final List<Hit> hits = new ArrayList<>();
  private int pos;

  RowLocator(CompactText text, int start, int end) {
    this.text = text;
    this.pos = start;
    this.end = end;
  }

  int position() {
    return pos;
  }

  /** Looks for the earliest of the keywords from the current position; on success the position moves past it. */
  boolean find(String key, List<String> keywords) {
    return find(key, keywords, end);
  }

  /** As {@link #find(String, List)}, but the keyword must start before {@code limit}. */
  boolean find(String key, List<String> keywords, int limit) {
    int best = -1;
    String bestKw = null;
    for (String kw : keywords) {
      int i = text.indexOf(kw, pos, Math.min(end, limit + kw.length()));
      if (i >= 0 && i < limit && (best < 0 || i < best)) {
        best = i;
        bestKw = kw;
      }
    }
    if (best < 0) {
      return false;
    }
    hits.add(new Hit(key, best, best + CompactText.unify(bestKw).length()));
    pos = best + bestKw.length();
    return true;
  }

  /** The first index of any keyword at or after the current position, or -1. */
  int peek(List<String> keywords) {
    int best = -1;
    for (String kw : keywords) {
      int i = text.indexOf(kw, pos, end);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  /** The rows found, with labels and cell text; the last row's cells run to {@code end}. */
  List<Located> rows(int floor) {
    List<Located> out = new ArrayList<>();
    List<LabelSpan> spans = new ArrayList<>();
    int prevTail = floor;
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      int ceiling = i + 1 < hits.size() ? hits.get(i + 1).start : end;
      LabelSpan s = LabelSpan.around(text, h.start, h.end, prevTail, ceiling);
      spans.add(s);
      prevTail = s.tailEnd();
    }
    for (int i = 0; i < hits.size(); i++) {
      LabelSpan s = spans.get(i);
      int regionEnd = i + 1 < hits.size() ? spans.get(i + 1).headStart() : end;
      out.add(new Located(hits.get(i).key, s, s.printed(text), text.originalBetween(s.tailEnd(), regionEnd)));
    }
    return out;
  }
}
