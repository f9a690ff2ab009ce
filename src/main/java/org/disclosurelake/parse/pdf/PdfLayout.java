package org.disclosurelake.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns positioned pages into {@link org.disclosurelake.parse.Body} lines: ruled tables as pipe rows (joined across
 * page breaks), other text as paragraphs in reading order, page numbers left out.
 */
final class PdfLayout {

  /** Text that ends a sentence or introduces a list, so the line is a paragraph end even when long. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。：:；;！？!?]$");

  private PdfLayout() {}

  /** A table or a paragraph, in reading order. */
  private sealed interface Block permits Ruled, Prose {
    int page();
  }

  private record Ruled(int page, Table table) implements Block {}

  /** A paragraph so far; {@code last} and the margins of its page decide whether the next line continues it. */
  private record Prose(int page, String text, TextLine last, float leftMargin, float rightMargin)
      implements Block {}

  private record Placed(float top, Block block) {}

  /** The content lines of the pages. */
  static List<String> lines(List<PageContent> pages) {
    List<Block> merged = new ArrayList<>();
    for (PageContent page : pages) {
      for (Block b : blocks(page)) {
        int lastIndex = merged.size() - 1;
        Block last = lastIndex >= 0 ? merged.get(lastIndex) : null;
        if (b instanceof Ruled r && last instanceof Ruled l && r.page() == l.page() + 1
            && l.table().alignsWith(r.table())) {
          merged.set(lastIndex, new Ruled(r.page(), l.table().continuedBy(r.table())));
        } else if (b instanceof Prose p && last instanceof Prose l && continues(l, p)) {
          String text = TextLine.joinWrapped(List.of(l.text(), p.text()));
          merged.set(lastIndex, new Prose(p.page(), text, p.last(), p.leftMargin(), p.rightMargin()));
        } else {
          merged.add(b);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Block b : merged) {
      if (b instanceof Ruled r) {
        out.addAll(r.table().lines());
      } else if (b instanceof Prose p) {
        out.add(p.text());
      }
    }
    return out;
  }

  /**
   * A line continues a paragraph when it is not indented and the previous line runs to the right margin, or nearly
   * so without ending a sentence (line breaking leaves a few em free before a number or a bracket).
   */
  private static boolean continues(Prose previous, Prose next) {
    TextLine a = previous.last();
    TextLine b = next.last();
    float free = previous.rightMargin() - a.right();
    boolean full = free <= 1.5f * a.size() || (free <= 6f * a.size() && !SENTENCE_END.matcher(a.text()).find());
    return Math.abs(a.size() - b.size()) <= 1.5f && full && b.left() <= next.leftMargin() + 0.6f * b.size();
  }

  private static List<Block> blocks(PageContent page) {
    List<Table> tables = TableFinder.find(page);
    List<Glyph> free = new ArrayList<>();
    for (Glyph g : page.glyphs()) {
      if (tables.stream().noneMatch(t -> inside(t, g))) {
        free.add(g);
      }
    }
    List<TextLine> lines = new ArrayList<>();
    for (TextLine l : TextLine.of(free)) {
      if (!PageChrome.isChrome(l.text(), l.baseline(), page.height())) {
        lines.add(l);
      }
    }
    float left = (float) lines.stream().mapToDouble(TextLine::left).min().orElse(0);
    float right = (float) lines.stream().mapToDouble(TextLine::right).max().orElse(0);
    List<Placed> placed = new ArrayList<>();
    for (Table t : tables) {
      placed.add(new Placed(t.top(), new Ruled(page.number(), t)));
    }
    for (TextLine l : lines) {
      placed.add(new Placed(l.baseline() - l.size() * 0.8f, new Prose(page.number(), l.text(), l, left, right)));
    }
    placed.sort(Comparator.comparingDouble(Placed::top));
    return placed.stream().map(Placed::block).toList();
  }

  private static boolean inside(Table t, Glyph g) {
    float x = g.centerX();
    float y = g.centerY();
    return x >= t.left() && x < t.right() && y >= t.top() && y < t.bottom();
  }
}
